using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>The manager's dashboard rendered with bUnit over the real use cases: it follows the queue without reload.</summary>
public sealed class ManagerLivePageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ManagerLivePageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private static int Number(IRenderedComponent<ManagerLivePage> page, string testId) =>
        int.Parse(page.Find($"[data-testid={testId}]").TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TicketIssued_WaitingAndIssuedCountsRiseLive()
    {
        SignIn(await _factory.ActorAsync("manager"), Roles.Manager);
        var page = Render<ManagerLivePage>();
        await page.WaitForElementAsync("[data-testid=kpi-waiting]");
        var waiting = Number(page, "kpi-waiting");
        var issued = Number(page, "kpi-issued");

        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "B", null, false), Actor.Anonymous(null, "test"));

        await page.WaitForAssertionAsync(() => Assert.Equal(waiting + 1, Number(page, "kpi-waiting")));
        Assert.Equal(issued + 1, Number(page, "kpi-issued"));
        Assert.NotNull(page.Find("[data-testid=alerts]"));
    }

    [Fact]
    public async Task ServiceRunsPastThreshold_AlertAppearsOnTheRedraw_AndChimesOnce()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"));
        var called = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        Assert.NotNull(called);
        SignIn(await _factory.ActorAsync("manager"), Roles.Manager);
        var page = Render<ManagerLivePage>();
        await page.WaitForAssertionAsync(() => Assert.Equal(called, page.Find("[data-testid=manager-counter-6-ticket]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=alert-service-6]"));
        var chimesBefore = Chimes();

        // No event: only the 30-second redraw sees the service pass 20 minutes.
        _factory.Clock.Advance(TimeSpan.FromMinutes(20.5));

        await page.WaitForElementAsync("[data-testid=alert-service-6]");
        await page.WaitForAssertionAsync(() => Assert.Equal(chimesBefore + 1, Chimes()));
        // The next redraw still shows the alert, but it is no longer new: no second chime.
        var renders = page.RenderCount;
        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.WaitForAssertionAsync(() => Assert.True(page.RenderCount > renders));
        Assert.Equal(chimesBefore + 1, Chimes());
        Assert.NotNull(page.Find("[data-testid=alert-service-6]"));
        Assert.Contains("background:#fdecea", page.Find("[data-testid=manager-counter-6]").GetAttribute("style"));
    }

    private int Chimes() => JSInterop.Invocations.Count(i => i.Identifier == "chime");
}
