using System.Globalization;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.District;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.District;

/// <summary>The district screen rendered with bUnit over the real use cases: every hall on one page, each following its own events.</summary>
public sealed class DistrictPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DistrictPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private static int Number(IRenderedComponent<DistrictPage> page, string testId) =>
        int.Parse(page.Find($"[data-testid={testId}]").TextContent.Trim(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task EveryHall_IsOnThePage_WithItsHoursAndTheWayIntoItsDashboard()
    {
        await SignInAsync(await _factory.ActorAsync("district"));

        var page = Render<DistrictPage>();

        await page.WaitForElementAsync("[data-testid=district-SDG-waiting]");
        foreach (var hall in DemoData.Halls)
        {
            Assert.Contains(hall.Name, page.Find($"[data-testid=district-hall-{hall.Code}]").TextContent, StringComparison.Ordinal);
            Assert.Equal($"manager?hall={hall.Code}", page.Find($"[data-testid=district-{hall.Code}-dashboard]").GetAttribute("href"));
        }

        // 09:00 in 爱民区: AM is open around the clock, XY opens at 08:30, SDG at 09:00.
        Assert.Equal("true", page.Find("[data-testid=district-AM-open]").GetAttribute("data-open"));
        Assert.Equal("true", page.Find("[data-testid=district-XY-open]").GetAttribute("data-open"));
    }

    [Fact]
    public async Task TicketsIssuedAndCalledAtXY_MoveXYsFiguresLive_AndLeaveTheOtherHallsAlone()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<DistrictPage>();
        await page.WaitForElementAsync("[data-testid=district-XY-waiting]");
        var waiting = Number(page, "district-XY-waiting");
        var serving = Number(page, "district-XY-counters-serving");
        var served = Number(page, "district-XY-served");
        var amWaiting = Number(page, "district-AM-waiting");

        var anonymous = Actor.Anonymous(null, "test");
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("XY", "C", null, false), anonymous);
        await page.WaitForAssertionAsync(() => Assert.Equal(waiting + 1, Number(page, "district-XY-waiting")));

        var clerk = await _factory.ActorAsync("clerk-xy2");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "XY", 2);
        var called = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        Assert.NotNull(called);
        await page.WaitForAssertionAsync(() => Assert.Equal(serving + 1, Number(page, "district-XY-counters-serving")));
        Assert.Equal(waiting, Number(page, "district-XY-waiting"));

        await _factory.Get<StartService>().HandleAsync(clerk);
        await _factory.Get<FinishService>().HandleAsync(clerk);
        // Today's served count is in no event: it comes with the coalesced read of the hall's figures.
        await page.WaitForAssertionAsync(() => Assert.Equal(served + 1, Number(page, "district-XY-served")));
        Assert.Equal(amWaiting, Number(page, "district-AM-waiting"));
    }

    [Fact]
    public async Task ALineWaitingPastTheThreshold_RaisesTheHallsAlert_OnTheRedraw()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("SDG", "E", null, false), Actor.Anonymous(null, "test"));
        var page = Render<DistrictPage>();
        await page.WaitForElementAsync("[data-testid=district-SDG-alerts]");
        Assert.Empty(page.FindAll("[data-testid=district-SDG-alert-wait-E]"));

        // No event: the 30-second redraw sees the wait pass the hall's threshold.
        _factory.Clock.Advance(TimeSpan.FromMinutes(45));

        await page.WaitForElementAsync("[data-testid=district-SDG-alert-wait-E]");
        // The text only: the alert's page belongs to the hall's own manager.
        Assert.Empty(page.FindAll("[data-testid=district-SDG-alert-wait-E] a"));
    }
}
