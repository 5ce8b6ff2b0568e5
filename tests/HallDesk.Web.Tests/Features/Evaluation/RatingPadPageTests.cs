using Bunit;
using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>
/// The window's rating pad rendered with bUnit over the real use cases and a real SQLite file. Each test
/// has a counter of its own and pairs a pad to it, as the tablet does (its device secret cascaded as from its cookie).
/// </summary>
public sealed class RatingPadPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public RatingPadPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
        // MudBlazor registers the system clock; the pad's timers must run on the test's clock.
        Services.AddSingleton<TimeProvider>(factory.Clock);
    }

    [Fact]
    public async Task Idle_ShowsTheClerkOfThePairedCounter()
    {
        await _factory.Get<OpenCounter>().HandleAsync(await _factory.ActorAsync("clerk3"), "AM", 6);

        var pad = RenderPad(await PairPadAsync(_factory, 6));

        await pad.WaitForElementAsync("[data-testid=pad-idle]");
        Assert.Equal("陈静", pad.Find("[data-testid=pad-clerk]").TextContent.Trim());
        Assert.Equal("陈", pad.Find("[data-testid=pad-photo]").TextContent.Trim());
        Assert.Contains("AM1003", pad.Find("[data-testid=pad-staff-number]").TextContent);
        Assert.Contains("社保医保专窗", pad.Find("[data-testid=pad-counter]").TextContent);
        Assert.Equal("6", pad.Find("[data-testid=pad-counter] b").TextContent);
        Assert.Empty(pad.FindAll("[data-testid=pad-prompt]"));
    }

    [Fact]
    public async Task ClosedCounter_ShowsNotServing_ThenFollowsTheClerkOpeningAndClosingLive()
    {
        var clerk = await _factory.ActorAsync("clerk2");
        var pad = RenderPad(await PairPadAsync(_factory, 8));
        await pad.WaitForElementAsync("[data-testid=pad-not-serving]");

        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 8);
        await pad.WaitForAssertionAsync(() => Assert.Equal("李建国", pad.Find("[data-testid=pad-clerk]").TextContent.Trim()));

        await _factory.Get<CloseCounter>().HandleAsync(clerk);
        await pad.WaitForElementAsync("[data-testid=pad-not-serving]");
        Assert.Empty(pad.FindAll("[data-testid=pad-clerk]"));
    }

    [Fact]
    public async Task FinishedService_PromptsWithTheNumber_GoodLevelIsWrittenAtOnce_ThanksThenIdleAfterFiveSeconds()
    {
        var pad = await PadAsync("clerk4", 7);

        var number = await FinishVisitAsync(_factory, "clerk4", 7, "D");
        await pad.WaitForAssertionAsync(() => Assert.Equal(number, pad.Find("[data-testid=pad-ticket]").TextContent.Trim()));
        Assert.Equal(5, pad.FindAll("[data-testid^=pad-level-]").Count);
        await pad.Find("[data-testid=pad-level-4]").ClickAsync(new());

        await pad.WaitForElementAsync("[data-testid=pad-thanks]");
        var rating = Assert.Single(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
        Assert.Equal(EvaluationLevel.Satisfied, rating.Level);
        Assert.Equal(EvaluationChannel.Pad, rating.Channel);
        Assert.Equal(7, rating.CounterNumber);
        Assert.Equal("赵磊", rating.ClerkName);
        await using (var db = await _factory.DbAsync())
        {
            Assert.False(await db.Rectifications.AnyAsync(r => r.EvaluationId == rating.Id));
        }

        _factory.Clock.Advance(RatingPadPage.ThanksShown);
        await pad.WaitForElementAsync("[data-testid=pad-idle]");
    }

    [Fact]
    public async Task Dissatisfied_WithoutIndicator_IsRefusedAndWritesNothing_WithIndicatorsWritesEvaluationAndRectification()
    {
        var pad = await PadAsync("clerk1", 5);
        var number = await FinishVisitAsync(_factory, "clerk1", 5, "B");
        await pad.WaitForElementAsync("[data-testid=pad-prompt]");

        await pad.Find("[data-testid=pad-level-2]").ClickAsync(new());
        await pad.WaitForElementAsync("[data-testid=pad-indicator-3]");
        Assert.Empty(pad.FindAll("[data-testid=pad-thanks]"));
        await pad.Find("[data-testid=pad-submit]").ClickAsync(new());

        await pad.WaitForAssertionAsync(() => Assert.Contains("请选择不满意的方面", pad.Find("[data-testid=pad-error]").TextContent));
        var before = await CountAsync(_factory);
        Assert.Empty(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));

        await pad.Find("[data-testid=pad-indicator-1]").ClickAsync(new());
        await pad.Find("[data-testid=pad-indicator-3]").ClickAsync(new());
        await pad.WaitForAssertionAsync(() => Assert.Equal("true", pad.Find("[data-testid=pad-indicator-3]").GetAttribute("aria-pressed")));
        await pad.Find("textarea[data-testid=pad-comment]").InputAsync(new() { Value = "等了很久，态度生硬" });
        await pad.Find("[data-testid=pad-submit]").ClickAsync(new());

        await pad.WaitForElementAsync("[data-testid=pad-thanks]");
        var rating = Assert.Single(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
        Assert.Equal(EvaluationLevel.Dissatisfied, rating.Level);
        Assert.Equal(EvaluationChannel.Pad, rating.Channel);
        Assert.Equal(5, rating.CounterNumber);
        Assert.Equal("王晓燕", rating.ClerkName);
        Assert.Equal(["服务效率", "服务态度"], rating.Indicators);
        Assert.Equal("等了很久，态度生硬", rating.Comment);
        await using var db = await _factory.DbAsync();
        var order = await db.Rectifications.SingleAsync(r => r.EvaluationId == rating.Id);
        Assert.Equal(RectificationStatus.Open, order.Status);
        Assert.Equal((before.Evaluations + 1, before.Rectifications + 1), await CountAsync(_factory));
    }

    [Fact]
    public async Task SameVisitRatedTwice_SecondIsRefusedWithTheMessage()
    {
        var pad = await PadAsync("clerk3", 6);
        var number = await FinishVisitAsync(_factory, "clerk3", 6, "C");
        await pad.WaitForElementAsync("[data-testid=pad-prompt]");
        await pad.Find("[data-testid=pad-level-5]").ClickAsync(new());
        await pad.WaitForElementAsync("[data-testid=pad-thanks]");

        // The same finish heard again (a repeated event): the pad asks, the rule refuses.
        await _factory.Get<QueueNotifier>().PublishAsync(new TicketChangedEvent("AM", number, nameof(TicketStatus.Done), 6, []));
        await pad.WaitForElementAsync("[data-testid=pad-prompt]");
        await pad.Find("[data-testid=pad-level-5]").ClickAsync(new());

        await pad.WaitForAssertionAsync(() => Assert.Contains("已经评价过了", pad.Find("[data-testid=pad-error]").TextContent));
        Assert.Empty(pad.FindAll("[data-testid=pad-thanks]"));
        Assert.Single(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
    }

    [Fact]
    public async Task Prompt_UntouchedForAMinute_GoesBackToIdle_ATouchKeepsItOpen()
    {
        var pad = await PadAsync("clerk1", 5);
        var number = await FinishVisitAsync(_factory, "clerk1", 5, "B");
        await pad.WaitForElementAsync("[data-testid=pad-prompt]");

        _factory.Clock.Advance(TimeSpan.FromSeconds(50));
        await pad.Find("[data-testid=pad-level-1]").ClickAsync(new());
        await pad.WaitForElementAsync("[data-testid=pad-indicator-0]");
        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.NotEmpty(pad.FindAll("[data-testid=pad-prompt]"));

        _factory.Clock.Advance(TimeSpan.FromSeconds(31));
        await pad.WaitForElementAsync("[data-testid=pad-idle]");
        Assert.Empty(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
    }

    private async Task<IRenderedComponent<RatingPadPage>> PadAsync(string clerk, int counter)
    {
        var secret = await PairPadAsync(_factory, counter);
        await _factory.Get<OpenCounter>().HandleAsync(await _factory.ActorAsync(clerk), "AM", counter);
        var pad = RenderPad(secret);
        await pad.WaitForElementAsync("[data-testid=pad-idle]");
        return pad;
    }

    /// <summary>The pad page as the paired tablet's circuit has it: the secret from its cookie, its address.</summary>
    private IRenderedComponent<RatingPadPage> RenderPad(string secret) =>
        Render<RatingPadPage>(p => p.AddCascadingValue(new PadDevice(secret)).AddCascadingValue(new ClientAddress(PadAddress)));
}
