using System.Data.Common;
using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// Issue 23: "every console reload runs three queries that read and sort every finished ticket of the day (the recent
/// services behind the wait estimate, ordered by finish time; the clerk's last 50 served; the clerk's served count)".
/// What a click, a board and a kiosk read must come from the top of an index: SQLite's plan for each query on the
/// tickets of a worked day may neither scan the table nor sort the day in a temporary b-tree.
/// </summary>
public sealed class BusyDayQueryPlanTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public BusyDayQueryPlanTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task ConsoleBoardAndTicketIssue_OnAWorkedDay_ReadTicketsThroughIndexes_WithoutSortingTheDay()
    {
        var clerk = await _factory.ActorAsync("clerk1");
        await WorkADayAsync(clerk.UserId, 300);
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 1);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "A", null, false), clerk);
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);

        var commands = await CommandLog.CaptureAsync(async () =>
        {
            await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId);
            await _factory.Get<QueueQueries>().SnapshotAsync("AM");
            await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "B", null, false), clerk);
        });

        var onTickets = commands.Where(c => c.Text.Contains("\"Tickets\"", StringComparison.Ordinal) && c.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(onTickets.Count >= 6, $"the console, the board and the issue read tickets; captured {onTickets.Count} reads");
        foreach (var command in onTickets)
        {
            var plan = await PlanAsync(command);
            Assert.False(plan.Any(step => step.StartsWith("SCAN", StringComparison.Ordinal) || step.Contains("TEMP B-TREE", StringComparison.Ordinal)),
                $"{command.Text}\n→ {string.Join(" | ", plan)}");
            Assert.False(ReadsTheWholeDay(command, plan), $"reads every ticket of the day: {command.Text}\n→ {string.Join(" | ", plan)}");
        }
    }

    /// <summary>
    /// Issue 23, measured by SQLite's own per-statement times in the busy-day phase (README): on a day of 20,000 finished
    /// tickets a console reload spent 3.5 ms in its read of the counter's parked tickets (ordered by call time), against
    /// 0.01 ms on an empty day. SQLite served the order from the (hall, day, call time) index and so walked every ticket
    /// of the day to find the few parked ones; the plan said SEARCH, not SCAN, so the test above let it pass. A read of a
    /// day's tickets must narrow the day by a further key of its index, or stop at the top of it (LIMIT).
    /// </summary>
    [Fact]
    public async Task ConsoleReload_OnAWorkedDay_NarrowsTheDayByAKey_AndListsParkedTicketsInCallOrder()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await WorkADayAsync(clerk.UserId, 300);
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 8);
        var issue = _factory.Get<IssueTicket>();
        var parked = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), clerk);
            parked.Add((await _factory.Get<CallNextTicket>().HandleAsync(clerk))!);
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await _factory.Get<ParkTicket>().HandleAsync(clerk);
        }

        ConsoleState state = null!;
        var commands = await CommandLog.CaptureAsync(async () => state = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId, withServed: false));

        Assert.Equal(parked, state.Parked.Select(p => p.Number));
        var onTickets = commands.Where(c => c.Text.Contains("FROM \"Tickets\"", StringComparison.Ordinal)).ToList();
        Assert.Contains(onTickets, c => c.Text.Contains("\"Status\" = 5", StringComparison.Ordinal));
        foreach (var command in onTickets)
        {
            var plan = await PlanAsync(command);
            Assert.False(ReadsTheWholeDay(command, plan), $"reads every ticket of the day: {command.Text}\n→ {string.Join(" | ", plan)}");
        }
    }

    /// <summary>Issue 23: "the clerk's served count" — kept as a figure, read from the day once, never counted per reload.</summary>
    [Fact]
    public async Task ConsoleReload_OnAWorkedDay_CountsNoTickets_AndShowsTheClerksServedCount()
    {
        var clerk = await _factory.ActorAsync("clerk2");
        await WorkADayAsync(clerk.UserId, 90);
        // Written straight to the database, past the app's events: the app is told to read its day again, as on any doubt.
        await _factory.Get<QueueNotifier>().ResynchroniseAsync("AM");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 2);
        await using var db = await _factory.DbAsync();
        var served = await db.Tickets.CountAsync(t => t.Status == TicketStatus.Done && t.ClerkUserId == clerk.UserId);
        Assert.True(served >= 30);
        _ = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId);

        ConsoleState state = null!;
        var commands = await CommandLog.CaptureAsync(async () => state = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId));

        Assert.Equal(served, state.ServedToday);
        Assert.DoesNotContain(commands, c => c.Text.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && c.Text.Contains("\"ClerkUserId\"", StringComparison.Ordinal));
    }

    /// <summary>Issue 23: a console's reload with 今日已服务's tab closed reads none of the clerk's finished tickets.</summary>
    [Fact]
    public async Task ConsoleReload_ServedTabClosed_ReadsNoneOfTheClerksFinishedTickets()
    {
        var clerk = await _factory.ActorAsync("clerk3");
        await WorkADayAsync(clerk.UserId, 60);
        await _factory.Get<QueueNotifier>().ResynchroniseAsync("AM");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        _ = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId, withServed: false);

        ConsoleState closed = null!;
        var commands = await CommandLog.CaptureAsync(async () => closed = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId, withServed: false));
        var open = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId, withServed: true);

        Assert.Empty(closed.RecentServed);
        Assert.NotEmpty(open.RecentServed);
        Assert.Equal(open.ServedToday, closed.ServedToday);
        Assert.DoesNotContain(commands, c => c.Text.Contains("\"ClerkUserId\"", StringComparison.Ordinal) && c.Text.Contains("\"FinishedAt\" DESC", StringComparison.Ordinal));
    }

    /// <summary>
    /// Issue 23: "comes from per-hall state kept up to date by the events" — a console's reload takes the hall's lines and
    /// counters from the boards' snapshot: no line figures are read (none of the day's finished tickets behind the
    /// estimate), and they are what a fresh read gives.
    /// </summary>
    [Fact]
    public async Task ConsoleReload_HallsBoardKept_ReadsNoLineFigures_AndShowsWhatAFreshReadGives()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await WorkADayAsync(clerk.UserId, 60);
        await _factory.Get<QueueNotifier>().ResynchroniseAsync("AM");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 8);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "E", null, false), clerk);
        Assert.NotNull(await _factory.Get<BoardSnapshots>().SnapshotAsync("AM"));

        ConsoleState state = null!;
        var commands = await CommandLog.CaptureAsync(async () => state = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId, withServed: false));

        Assert.DoesNotContain(commands, c => c.Text.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(commands, c => c.Text.Contains("\"QueueLines\"", StringComparison.Ordinal));
        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        Assert.Equal(await QueueQueries.LinesAsync(db, hall, _factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None), state.Lines);
        var fresh = await QueueQueries.CountersAsync(db, "AM", CancellationToken.None);
        Assert.Equal(fresh.Select(c => (c.Number, c.State, c.ClerkStaffNumber, c.CurrentTicket)), state.Counters.Select(c => (c.Number, c.State, c.ClerkStaffNumber, c.CurrentTicket)));
        Assert.Equal(8, state.MyCounter?.Number);
    }

    /// <summary>
    /// Every ticket has a watch (its slip's QR code opens its page): the 即将叫到您 check that runs on every clerk action
    /// must reach the watches through the day's waiting tickets, not read the day's watches.
    /// </summary>
    [Fact]
    public async Task NearCheckOfAClerkAction_OnAWorkedDay_ReadsWatchesByTicket_NotTheDaysWatches()
    {
        var clerk = await _factory.ActorAsync("clerk2");
        await WorkADayAsync(clerk.UserId, 300);
        await using (var db = await _factory.DbAsync())
        {
            foreach (var id in await db.Tickets.Where(t => t.HallCode == "AM").Select(t => t.Id).ToListAsync())
            {
                if (!await db.TicketWatches.AnyAsync(w => w.TicketId == id))
                {
                    var watch = TicketWatch.Create(id, "AM", _factory.Clock.GetUtcNow().UtcDateTime);
                    watch.MarkNearNoticeSent();
                    db.TicketWatches.Add(watch);
                }
            }

            await db.SaveChangesAsync();
        }

        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 2);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "E", "13700001111", false), clerk);
        var commands = await CommandLog.CaptureAsync(() => _factory.Get<CallNextTicket>().HandleAsync(clerk));

        var near = Assert.Single(commands, c => c.Text.Contains("\"TicketWatches\"", StringComparison.Ordinal));
        var plan = await PlanAsync(near);
        Assert.False(plan.Any(step => step.StartsWith("SCAN", StringComparison.Ordinal)), $"{near.Text}\n→ {string.Join(" | ", plan)}");
    }

    /// <summary>A day already worked: tickets of every line issued, called, served and finished, a third of them by this clerk.</summary>
    private async Task WorkADayAsync(string clerkUserId, int count)
    {
        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var others = await db.Users.Where(u => u.HallCode == "AM" && u.Id != clerkUserId).Select(u => u.Id).Take(2).ToListAsync();
        string[] clerks = [clerkUserId, .. others];
        string[] lines = ["A", "B", "C", "D", "E"];
        var sequence = await db.Tickets.Where(t => t.HallCode == "AM" && t.ServiceDate == today).MaxAsync(t => (int?)t.Sequence) ?? 0;
        for (var i = 0; i < count; i++)
        {
            var issuedAt = now.AddMinutes(-count + i - 30);
            var ticket = Ticket.Issue("AM", lines[i % lines.Length], today, ++sequence, null, false, issuedAt);
            ticket.Call(1 + (i % 8), clerks[i % clerks.Length], issuedAt.AddMinutes(2));
            ticket.StartService(issuedAt.AddMinutes(3));
            ticket.Finish(issuedAt.AddMinutes(3 + (i % 7)));
            db.Tickets.Add(ticket);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A search of the tickets bound by the hall and the day alone, with no LIMIT to stop it at the top of the index.</summary>
    private static bool ReadsTheWholeDay(CapturedCommand command, IReadOnlyList<string> plan) =>
        !command.Text.Contains(" LIMIT ", StringComparison.Ordinal)
        && plan.Any(step => step.StartsWith("SEARCH t ", StringComparison.Ordinal) && step.EndsWith("(HallCode=? AND ServiceDate=?)", StringComparison.Ordinal));

    private Task<IReadOnlyList<string>> PlanAsync(CapturedCommand command) => QueryPlan.OfAsync(_factory.DatabasePath, command);
}
