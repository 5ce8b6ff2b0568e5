using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>
/// Issue 23: the manager's live view read every ticket of the day on every commit. Its figures now follow the commits'
/// events: after the day is read once, a 取号, 叫号, 开始 and 完成 change them without another read of the tickets, and
/// they equal the day summed from the database.
/// </summary>
public sealed class TodayTicketsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public TodayTicketsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task ManagerFigures_FollowEachCommit_WithoutReadingTheDaysTicketsAgain()
    {
        var query = _factory.Get<HallLiveQuery>();
        var clerk = await _factory.ActorAsync("clerk2");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 2);
        var before = (await query.FiguresAsync("AM")).Today;

        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "A", null, false), clerk);
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        await _factory.Get<StartService>().HandleAsync(clerk);
        await _factory.Get<FinishService>().HandleAsync(clerk);

        HallFigures after = null!;
        var commands = await CommandLog.CaptureAsync(async () => after = await query.FiguresAsync("AM"));

        Assert.DoesNotContain(commands, c => c.Text.Contains("FROM \"Tickets\"", StringComparison.Ordinal));
        Assert.Equal(before.Issued + 1, after.Today.Issued);
        Assert.Equal(before.Served + 1, after.Today.Served);
        Assert.Equal(Rounded(await FromDatabaseAsync()), Rounded(Tickets(after.Today)));
    }

    /// <summary>Issue 23: "a clerk's served count kept as a figure, not counted" — the console's 今日已服务.</summary>
    [Fact]
    public async Task ClerksServedCount_FollowsTheirFinishes_WithoutCountingTheDaysTickets()
    {
        var clerk = await _factory.ActorAsync("clerk3");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 3);
        var console = _factory.Get<CounterConsoleQuery>();
        var before = (await console.LoadAsync(clerk.UserId)).ServedToday;

        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "A", null, false), clerk);
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        await _factory.Get<FinishService>().HandleAsync(clerk);

        ConsoleState state = null!;
        var commands = await CommandLog.CaptureAsync(async () => state = await console.LoadAsync(clerk.UserId));

        Assert.Equal(before + 1, state.ServedToday);
        Assert.DoesNotContain(commands, c => c.Text.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && c.Text.Contains("\"ClerkUserId\"", StringComparison.Ordinal));
        await using var db = await _factory.DbAsync();
        Assert.Equal(await db.Tickets.CountAsync(t => t.Status == Domain.Queue.TicketStatus.Done && t.ClerkUserId == clerk.UserId), state.ServedToday);
        Assert.Equal(0, await _factory.Get<TodayTickets>().ServedByAsync("AM", "nobody"));
    }

    [Fact]
    public async Task AHallWideChange_MakesTheFiguresReadTheDayAgain()
    {
        var query = _factory.Get<HallLiveQuery>();
        _ = await query.FiguresAsync("AM");

        await _factory.Get<QueueNotifier>().ResynchroniseAsync("AM");
        var commands = await CommandLog.CaptureAsync(() => query.FiguresAsync("AM"));

        Assert.Contains(commands, c => c.Text.Contains("FROM \"Tickets\"", StringComparison.Ordinal));
    }

    private static DayTicketFigures Tickets(TodayFigures f) =>
        new(f.Issued, f.Served, f.NoShows, f.Waiting, f.MeanWaitMinutes, f.P90WaitMinutes, f.MeanServiceMinutes, f.Assisted, f.Appointments);

    /// <summary>Sums kept running and sums made anew may differ in the last bits of a mean.</summary>
    private static DayTicketFigures Rounded(DayTicketFigures f) =>
        f with { MeanWaitMinutes = Round(f.MeanWaitMinutes), MeanServiceMinutes = Round(f.MeanServiceMinutes) };

    private static double? Round(double? minutes) => minutes is { } m ? Math.Round(m, 6) : null;

    private async Task<DayTicketFigures> FromDatabaseAsync()
    {
        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        var today = hall.LocalDate(_factory.Clock.GetUtcNow().UtcDateTime);
        var tickets = await db.Tickets.Where(t => t.HallCode == "AM" && t.ServiceDate == today).ToListAsync();
        return DayTicketFigures.Of(tickets.Select(TicketTimes.Of));
    }
}
