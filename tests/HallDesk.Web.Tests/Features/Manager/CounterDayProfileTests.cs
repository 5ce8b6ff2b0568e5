using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>
/// 仅今日: a line suggestion taken adds the line to the counter for today only; the next day the counter serves its own
/// lines again, unless the manager chose 设为长期.
/// </summary>
public sealed class CounterDayProfileTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CounterDayProfileTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task SuggestionTaken_ServesTheLineToday_AndTheNextDaysCallFollowsTheCountersOwnLines()
    {
        var clerk = await _factory.ActorAsync("clerk3");
        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 7);
        await _factory.Get<ApplyLineSuggestion>().HandleAsync(manager, "AM", "B", 7);
        await IssueAsync("B");
        Assert.StartsWith("B", await _factory.Get<CallNextTicket>().HandleAsync(clerk));
        await _factory.Get<FinishService>().HandleAsync(clerk);

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await IssueAsync("B");
        var nextDay = await _factory.Get<CallNextTicket>().HandleAsync(clerk);

        Assert.Null(nextDay);
        await using var db = await _factory.DbAsync();
        var counter = await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 7);
        Assert.Equal(["D", "A"], counter.ServedLines);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "counter.add-line" && a.Subject == "AM/7号窗口" && a.Details.Contains("仅今日")));
    }

    [Fact]
    public async Task Sweep_TheNextDay_PutsAClosedCounterBackOnItsOwnLines_AndLeavesTodaysAlone()
    {
        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<ApplyLineSuggestion>().HandleAsync(manager, "AM", "B", 6);

        var sameDay = await _factory.Get<EndDayProfiles>().HandleAsync();
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await _factory.Get<EndDayProfiles>().HandleAsync();

        Assert.Equal(0, sameDay);
        Assert.True(nextDay >= 1);
        await using var db = await _factory.DbAsync();
        var counter = await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 6);
        Assert.Equal(["C", "A"], counter.ServedLines);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "counter.day-profile-end" && a.Subject == "AM/6号窗口"));
    }

    [Fact]
    public async Task ManagerPage_ShowsTodayOnly_AndKeepForGoodMakesTheLineStay()
    {
        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<ApplyLineSuggestion>().HandleAsync(manager, "AM", "B", 8);
        await SignInAsync(manager);
        var page = Render<ManagerLivePage>();
        var keep = await page.WaitForElementAsync("[data-testid=keep-lines-8]");
        Assert.Contains("仅今日", page.Find("[data-testid=day-profile-8]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=day-profile-1]"));

        await keep.ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("[data-testid=day-profile-8]")));
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await _factory.Get<EndDayProfiles>().HandleAsync();
        await using var db = await _factory.DbAsync();
        var counter = await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 8);
        Assert.Equal(["E", "A", "B"], counter.ServedLines);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "counter.keep-lines" && a.Subject == "AM/8号窗口"));
    }

    private Task<IssueTicket.Result> IssueAsync(string line) =>
        _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, null, false), Actor.Anonymous(null, "test"));
}
