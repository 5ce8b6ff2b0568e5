using HallDesk.Data;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>Everything the clerk console shows, read in one short-lived context.</summary>
public sealed class CounterConsoleQuery(IDbContextFactory<HallDeskDbContext> dbFactory, TodayTickets todayTickets, BoardSnapshots boards, TimeProvider time)
{
    private const int WaitingShown = 12;

    /// <summary>The rating of a visit, once given (the console's "等待评价…" until it is known).</summary>
    public async Task<EvaluationLevel?> VisitRatingAsync(string hallCode, DateOnly day, string ticketNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Evaluations.AsNoTracking()
            .Where(e => e.HallCode == hallCode && e.ServiceDate == day && e.TicketNumber == ticketNumber)
            .Select(e => (EvaluationLevel?)e.Level).FirstOrDefaultAsync(ct);
    }

    public Task<ConsoleState> LoadAsync(string userId, CancellationToken ct = default) => LoadAsync(userId, withServed: true, ct);

    /// <param name="withServed">Read the clerk's last fifty finished tickets (今日已服务): only while that tab is shown, since
    /// on a worked day they are the one read of a reload that a quiet morning does not make.</param>
    public async Task<ConsoleState> LoadAsync(string userId, bool withServed, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var clerk = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == clerk.HallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);

        // The hall's lines and counters as the boards have them: kept by the events (this reload follows the commit that
        // asked for it: its events were applied before its caller was answered), so a reload reads no line figures and
        // none of the day's finished tickets behind them; read from the database only when the hall's board is not kept.
        var board = await boards.SnapshotAsync(hall.Code, ct);
        var counters = board?.Counters ?? await QueueQueries.CountersAsync(db, hall.Code, ct);
        var lines = board?.Lines ?? await QueueQueries.LinesAsync(db, hall, now, ct);
        var mine = await db.Counters.AsNoTracking().SingleOrDefaultAsync(c => c.ClerkUserId == userId && c.State != CounterState.Closed, ct);
        var clerkInfo = new ClerkInfo(clerk.DisplayName, clerk.StaffNumber, hall.Code, hall.Name, hall.NoShowAfterCalls);
        if (mine is null)
        {
            return new ConsoleState(clerkInfo, counters, lines, null, null, [], [], [], 0, now);
        }

        var myView = counters.SingleOrDefault(c => c.Number == mine.Number) ?? QueueQueries.ToView(mine, null);
        var current = mine.CurrentTicketId is { } id
            ? await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == id, ct)
            : null;
        // Sorted here, not in SQL: asked for the order, SQLite takes it from the (hall, day, call time) index and walks every
        // ticket of the day to find a counter's few parked ones (3.5 ms a reload on a day of 20,000); unsorted, it seeks
        // the day's parked tickets by status.
        var parked = (await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Parked && t.CounterNumber == mine.Number)
            .Select(t => new { t.Number, t.LineCode, t.CalledAt, t.IssuedAt })
            .ToListAsync(ct))
            .OrderBy(t => t.CalledAt)
            .Select(t => new TicketRow(t.Number, t.LineCode, t.CalledAt ?? t.IssuedAt))
            .ToList();
        var served = mine.ServedLines.ToList();
        var noShows = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.NoShow && served.Contains(t.LineCode))
            .OrderByDescending(t => t.FinishedAt)
            .Take(20)
            .Select(t => new TicketRow(t.Number, t.LineCode, t.FinishedAt ?? t.IssuedAt))
            .ToListAsync(ct);
        List<ServedRow> recent = !withServed ? [] : await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Done && t.ClerkUserId == userId)
            .OrderByDescending(t => t.FinishedAt)
            .Take(50)
            .Select(t => new ServedRow(t.Number, t.LineCode, t.IssuedAt, t.CalledAt, t.FinishedAt))
            .ToListAsync(ct);
        // The next numbers of the counter's lines in the order they are called: checked-in appointments first (by slot).
        var waiting = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Waiting && served.Contains(t.LineCode)
                && (t.TransferredToCounter == null || t.TransferredToCounter == mine.Number))
            .Select(t => new { t.Number, t.LineCode, t.AppointmentAt, t.GreenChannel, t.QueuedAt })
            .ToListAsync(ct);
        // Sorted here: the waiting tickets of a few lines are few, and the index seek needs no temporary sort.
        waiting = [.. waiting.OrderBy(t => t.AppointmentAt == null).ThenBy(t => t.AppointmentAt).ThenBy(t => !t.GreenChannel).ThenBy(t => t.QueuedAt).Take(WaitingShown)];
        // A figure the day's events keep: no count of the clerk's finished tickets on every reload.
        var servedCount = await todayTickets.ServedByAsync(hall.Code, userId, ct) ?? 0;

        CurrentTicket? card = current is null
            ? null
            : new CurrentTicket(
                current.Number,
                current.LineCode,
                lines.FirstOrDefault(l => l.Code == current.LineCode)?.Name ?? current.LineCode,
                current.Status,
                current.IssuedAt,
                current.CalledAt,
                current.CallCount,
                current.GreenChannel,
                QueueQueries.Slot(hall, current.AppointmentAt),
                current.Assisted);

        return new ConsoleState(clerkInfo, counters, lines, myView, card, parked, noShows, recent, servedCount, now,
            waiting.Select(t => new WaitingRow(t.Number, t.LineCode, QueueQueries.Slot(hall, t.AppointmentAt))).ToList());
    }
}

public sealed record ClerkInfo(string Name, string StaffNumber, string HallCode, string HallName, int NoShowAfterCalls);

/// <param name="AppointmentSlot">The booked slot (HH:mm) of a checked-in appointment.</param>
public sealed record CurrentTicket(
    string Number, string Line, string LineName, TicketStatus Status, DateTime IssuedAt, DateTime? CalledAt, int CallCount, bool GreenChannel,
    string? AppointmentSlot = null, bool Assisted = false)
{
    public int WaitedMinutes => CalledAt is { } called ? Math.Max(0, (int)(called - IssuedAt).TotalMinutes) : 0;
}

public sealed record TicketRow(string Number, string Line, DateTime At);

/// <param name="Appointment">The booked slot (HH:mm) of a checked-in appointment, else null.</param>
public sealed record WaitingRow(string Number, string Line, string? Appointment);

public sealed record ServedRow(string Number, string Line, DateTime IssuedAt, DateTime? CalledAt, DateTime? FinishedAt);

public sealed record ConsoleState(
    ClerkInfo Clerk,
    IReadOnlyList<CounterView> Counters,
    IReadOnlyList<LineView> Lines,
    CounterView? MyCounter,
    CurrentTicket? Current,
    IReadOnlyList<TicketRow> Parked,
    IReadOnlyList<TicketRow> NoShows,
    IReadOnlyList<ServedRow> RecentServed,
    int ServedToday,
    DateTime Now,
    IReadOnlyList<WaitingRow>? Waiting = null);
