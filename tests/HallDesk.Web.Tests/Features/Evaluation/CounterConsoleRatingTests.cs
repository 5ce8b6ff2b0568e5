using Bunit;
using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Intake;
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
        var pad = await EvaluationScenarios.PairPadAsync(_factory, 2);
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 2);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "E", null, false), Actor.Anonymous(null, "test"));
        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        SignIn(clerk, Roles.Clerk);
        var page = Render<CounterConsolePage>();
        await page.WaitForAssertionAsync(() => Assert.Equal(number, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=awaiting-rating]"));

        await page.Find("[data-testid=finish-service]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal(number, page.Find("[data-testid=awaiting-rating]").GetAttribute("data-ticket")));
        Assert.Empty(page.FindAll("[data-testid=last-rating]"));
        Assert.Equal("0", page.Find("[data-testid=rating-covers]").GetAttribute("data-count"));

        await _factory.Get<SubmitEvaluation>().RateVisitAsync(pad, number!, new SubmitEvaluation.Rating(EvaluationLevel.Satisfied, null, null), EvaluationScenarios.Pad);

        await page.WaitForAssertionAsync(() => Assert.Equal("4", page.Find("[data-testid=last-rating]").GetAttribute("data-level")));
        Assert.Equal(number, page.Find("[data-testid=last-rating]").GetAttribute("data-ticket"));
        Assert.Empty(page.FindAll("[data-testid=awaiting-rating]"));
    }

    [Fact]
    public async Task Finish_AfterTakingInACase_ShowsTheCaseTheRatingCovers()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 7);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        var taken = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(Manager.RatedCases.Zhang, Manager.RatedCases.SoleTrader, ["application-gtgs"], IntakeDecision.Accept), clerk);
        SignIn(clerk, Roles.Clerk);
        var page = Render<CounterConsolePage>();
        await page.WaitForElementAsync("[data-testid=finish-service]:not([disabled])");

        await page.Find("[data-testid=finish-service]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("1", page.Find("[data-testid=rating-covers]").GetAttribute("data-count")));
        Assert.Contains(taken.CaseNumber, Assert.Single(page.FindAll("[data-testid=rating-case]")).TextContent, StringComparison.Ordinal);
    }
}
