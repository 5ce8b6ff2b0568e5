using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>The console's 帮办 mark and 仅按优先级 switch, at the street hall XY (open 08:30–17:30; the fake clock starts at 09:00).</summary>
public sealed class CounterRoutingSwitchesTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CounterRoutingSwitchesTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task AssistanceCounter_MarksTheServiceAssisted_AndTheClerkCanTakeTheMarkOff()
    {
        var clerk = await _factory.ActorAsync("clerk-xy1");
        await SignInAsync(clerk);
        var page = Render<CounterConsolePage>();
        await (await page.WaitForElementAsync("[data-testid=open-counter-3]")).ClickAsync(new());
        var issued = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("XY", "E", null, false), Actor.Anonymous(null, "test"));

        await (await page.WaitForElementAsync("[data-testid=call-next]:not([disabled])")).ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("true", page.Find("[data-testid=assisted]").GetAttribute("data-assisted")));
        await page.Find("[data-testid=assisted]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Equal("false", page.Find("[data-testid=assisted]").GetAttribute("data-assisted")));
        await using var db = await _factory.DbAsync();
        Assert.False((await db.Tickets.SingleAsync(t => t.HallCode == "XY" && t.Number == issued.Number)).Assisted);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "ticket.assisted" && a.Subject == $"XY/{issued.Number}" && a.Details == "取消帮办标记"));
    }

    [Fact]
    public async Task PriorityOnlySwitch_CallsTheTopLineBeforeAnAgedLowerOne()
    {
        var clerk = await _factory.ActorAsync("clerk-xy2");
        await SignInAsync(clerk);
        var page = Render<CounterConsolePage>();
        // Counter 1 serves A, then E.
        await (await page.WaitForElementAsync("[data-testid=open-counter-1]")).ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=priority-only]");
        // Without the switch, this E ticket (waited 25 minutes, past the 20-minute ageing) would be called first.
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("XY", "E", null, false), Actor.Anonymous(null, "test"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(25));
        var top = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("XY", "A", null, false), Actor.Anonymous(null, "test"));

        var toggle = page.Find("[data-testid=priority-only]");
        await toggle.ChangeAsync(new() { Value = true });

        await using (var db = await _factory.DbAsync())
        {
            await page.WaitForAssertionAsync(() => Assert.True(db.Counters.AsNoTracking().Single(c => c.HallCode == "XY" && c.Number == 1).PriorityOnly));
        }

        await (await page.WaitForElementAsync("[data-testid=call-next]:not([disabled])")).ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Equal(top.Number, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
    }
}
