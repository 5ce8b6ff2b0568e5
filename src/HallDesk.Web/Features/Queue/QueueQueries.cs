using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Queue;

/// <summary>Read models of the queue: line figures, board snapshots. Each call opens its own short-lived context.</summary>
public sealed class QueueQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time) : IHallSnapshots
{
    private const int RecentCallsShown = 8;
    private const int ServiceSamples = 20;

    public async Task<BoardSnapshot?> SnapshotAsync(string hallCode, CancellationToken ct = default) =>
        (await ReadBoardAsync(hallCode, RecentCallsShown, ct))?.Snapshot;

    public async Task<BoardRead?> ReadBoardAsync(string hallCode, int calls, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == hallCode, ct);
        if (hall is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var recent = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hallCode && t.ServiceDate == today && t.CalledAt != null && t.CounterNumber != null
                && t.Status != TicketStatus.NoShow && t.Status != TicketStatus.Cancelled)
            .OrderByDescending(t => t.CalledAt)
            .Take(Math.Max(calls, RecentCallsShown))
            .Select(t => new { t.Number, t.LineCode, Counter = t.CounterNumber!.Value, CalledAt = t.CalledAt!.Value, t.CallCount, t.AppointmentAt })
            .ToListAsync(ct);
        var views = recent.Select(c => new CallView(c.Number, c.LineCode, c.Counter, c.CalledAt, c.CallCount, Slot(hall, c.AppointmentAt))).ToList();

        var snapshot = new BoardSnapshot(
            hall.Code,
            hall.Name,
            hall.Notice,
            now,
            views.Take(RecentCallsShown).ToList(),
            await LinesAsync(db, hall, now, ct),
            await CountersAsync(db, hallCode, ct));
        return new BoardRead(snapshot, hall, views);
    }

    /// <summary>Whether a public screen's hall exists, and its counter when one is named: else the screen answers 404.</summary>
    public async Task<(bool Hall, bool Counter)> ScreenExistsAsync(string hallCode, int? counter = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Halls.AnyAsync(h => h.Code == hallCode, ct))
        {
            return (false, false);
        }

        return (true, counter is not { } number || await db.Counters.AnyAsync(c => c.HallCode == hallCode && c.Number == number, ct));
    }

    public async Task<IReadOnlyList<HallSummary>> HallsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var halls = await db.Halls.AsNoTracking().Where(h => h.RetiredAt == null).OrderBy(h => h.Id).ToListAsync(ct);
        var result = new List<HallSummary>();
        foreach (var hall in halls)
        {
            result.Add(await SummaryAsync(db, hall, now, ct));
        }

        return result;
    }

    /// <summary>One hall's summary (the kiosk's tiles), without the figures of every other hall; the code in any case.</summary>
    public async Task<HallSummary?> HallAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upper = code.ToUpperInvariant();
        var hall = await db.Halls.AsNoTracking().FirstOrDefaultAsync(h => h.Code == code || h.Code == upper, ct);
        return hall is null ? null : await SummaryAsync(db, hall, time.GetUtcNow().UtcDateTime, ct);
    }

    private static async Task<HallSummary> SummaryAsync(HallDeskDbContext db, Hall hall, DateTime now, CancellationToken ct)
    {
        var hours = new HallHours(hall.OpenAroundTheClock, hall.OpensAt, hall.ClosesAt, hall.NextOpeningChangeAfter(now));
        return new HallSummary(hall.Code, hall.Name, hall.IsOpenAt(now), await LinesAsync(db, hall, now, ct), hours, hall.Address, hall.IsRetired);
    }

    /// <summary>Waiting, longest wait and estimated wait of each line of a hall today.</summary>
    public static async Task<IReadOnlyList<LineView>> LinesAsync(HallDeskDbContext db, Hall hall, DateTime now, CancellationToken ct)
    {
        var stats = await LineStatsAsync(db, hall, now, ct);
        return stats.Select(s => s.ToView(now)).ToList();
    }

    public static async Task<IReadOnlyList<LineStats>> LineStatsAsync(HallDeskDbContext db, Hall hall, DateTime now, CancellationToken ct)
    {
        var today = hall.LocalDate(now);
        var lines = await db.QueueLines.AsNoTracking()
            .Where(l => l.HallCode == hall.Code && l.RetiredAt == null)
            .OrderBy(l => l.SortOrder)
            .ToListAsync(ct);

        var waiting = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Waiting)
            .GroupBy(t => t.LineCode)
            .Select(g => new { Line = g.Key, Count = g.Count(), Oldest = g.Min(t => t.QueuedAt) })
            .ToListAsync(ct);

        var services = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Done && t.ServiceStartedAt != null)
            .OrderByDescending(t => t.FinishedAt)
            .Take(ServiceSamples * Math.Max(1, lines.Count))
            .Select(t => new { t.LineCode, Started = t.ServiceStartedAt!.Value, Finished = t.FinishedAt!.Value })
            .ToListAsync(ct);

        var openCounters = await db.Counters.AsNoTracking()
            .Where(c => c.HallCode == hall.Code && (c.State == CounterState.Open || c.State == CounterState.Serving))
            .Select(c => c.Lines)
            .ToListAsync(ct);

        return lines.Select(line =>
        {
            var w = waiting.SingleOrDefault(x => x.Line == line.Code);
            var recent = services.Where(s => s.LineCode == line.Code).Take(ServiceSamples)
                .Select(s => s.Finished - s.Started).ToList();
            var counters = openCounters.Count(l => l.Split(',').Contains(line.Code));
            return new LineStats(
                line.Code,
                line.Name,
                w?.Count ?? 0,
                w?.Oldest,
                WaitEstimator.MeanServiceMinutes(recent, line.DefaultServiceMinutes),
                counters);
        }).ToList();
    }

    public static async Task<IReadOnlyList<CounterView>> CountersAsync(HallDeskDbContext db, string hallCode, CancellationToken ct)
    {
        var counters = await db.Counters.AsNoTracking().Where(c => c.HallCode == hallCode && c.RetiredAt == null).OrderBy(c => c.Number).ToListAsync(ct);
        var currentIds = counters.Where(c => c.CurrentTicketId != null).Select(c => c.CurrentTicketId!.Value).ToList();
        var numbers = await db.Tickets.AsNoTracking()
            .Where(t => currentIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Number, t.Status, t.AppointmentAt })
            .ToDictionaryAsync(t => t.Id, ct);
        var hall = numbers.Count == 0 ? null : await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
        return counters.Select(c => c.CurrentTicketId is { } id && numbers.TryGetValue(id, out var t)
            ? ToView(c, t.Number, t.Status, Slot(hall!, t.AppointmentAt))
            : ToView(c, null)).ToList();
    }

    /// <summary>A checked-in appointment's slot as the hall reads it (HH:mm), or null for a walk-in ticket.</summary>
    public static string? Slot(Hall hall, DateTime? appointmentAtUtc) =>
        appointmentAtUtc is { } slot ? hall.ToLocal(slot).ToString("HH:mm", CultureInfo.InvariantCulture) : null;

    public static CounterView ToView(Counter c, string? currentTicket, TicketStatus? currentStatus = null, string? currentAppointment = null) =>
        new(
            c.Number,
            c.Name,
            c.State.ToString(),
            Texts.Label(c.State),
            c.PauseReason,
            c.ClerkName,
            c.ClerkStaffNumber,
            currentTicket,
            c.StateSince,
            c.ServedLines,
            c.PriorityOnly,
            currentTicket is null ? null : currentStatus?.ToString(),
            currentTicket is null ? null : currentAppointment,
            c.LinesOnlyOn is not null);
}

/// <param name="Retired">停用: the hall issues no tickets any more (its kiosk says so).</param>
public sealed record HallSummary(string Code, string Name, bool Open, IReadOnlyList<LineView> Lines, HallHours Hours, string Address = "", bool Retired = false);

/// <summary>A hall's opening hours, and the next instant (UTC) at which it opens or closes (null when it never closes).</summary>
public sealed record HallHours(bool AroundTheClock, TimeOnly OpensAt, TimeOnly ClosesAt, DateTime? ChangesAt);

/// <summary>A line's figures today, with what its wait estimate is made of.</summary>
public sealed record LineStats(string Code, string Name, int Waiting, DateTime? OldestQueuedAt, double MeanServiceMinutes, int OpenCounters)
{
    public int EstimateFor(int ahead) => WaitEstimator.EstimateMinutes(ahead, MeanServiceMinutes, OpenCounters);

    public LineView ToView(DateTime now) =>
        new(
            Code,
            Name,
            Waiting,
            EstimateFor(Waiting),
            OldestQueuedAt is { } oldest ? Math.Max(0, (int)(now - oldest).TotalMinutes) : 0);
}
