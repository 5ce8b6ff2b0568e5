using Bunit;
using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>The clerk console after 完成: "等待评价…" and then the rating the citizen gave at the pad.</summary>
public sealed class CounterConsoleRatingTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CounterConsoleRatingTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Finish_ShowsAwaitingRating_ThenTheRatingGivenAtThePad()
    {
        var clerk = await _factory.ActorAsync("clerk2");
        await _factory.Get<ChangeCounterState>().OpenAsync(clerk, "AM", 2);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "E", null, false), Actor.Anonymous(null, "test"));
        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        await SignInAsync(clerk);
        var page = Render<CounterConsolePage>();
        await page.WaitForAssertionAsync(() => Assert.Equal(number, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=awaiting-rating]"));

        await page.Find("[data-testid=finish-service]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal(number, page.Find("[data-testid=awaiting-rating]").GetAttribute("data-ticket")));
        Assert.Empty(page.FindAll("[data-testid=last-rating]"));

        await _factory.Get<SubmitEvaluation>().RateVisitAsync("am02", number!, new SubmitEvaluation.Rating(EvaluationLevel.Satisfied, null, null));

        await page.WaitForAssertionAsync(() => Assert.Equal("4", page.Find("[data-testid=last-rating]").GetAttribute("data-level")));
        Assert.Equal(number, page.Find("[data-testid=last-rating]").GetAttribute("data-ticket"));
        Assert.Empty(page.FindAll("[data-testid=awaiting-rating]"));
    }
}
