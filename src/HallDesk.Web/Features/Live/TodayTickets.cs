using System.Collections.Concurrent;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Live;

/// <summary>The times of one of today's tickets, as the day's figures need them; ticket events carry them.</summary>
/// <param name="Clerk">The account of the clerk who called (and served) it: for each clerk's served count. Staff screens and
/// other nodes get it; the hub's public wire leaves it out (<see cref="LiveServices.HideClerk"/>).</param>
public sealed record TicketTimes(
    TicketStatus Status, DateTime IssuedAt, DateTime? CalledAt, DateTime? ServiceStartedAt, DateTime? FinishedAt, bool Assisted = false, bool Appointment = false,
    string? Clerk = null)
{
    public static TicketTimes Of(Ticket t) =>
        new(t.Status, t.IssuedAt, t.CalledAt, t.ServiceStartedAt, t.FinishedAt, t.Assisted, t.AppointmentAt is not null, t.ClerkUserId);

    /// <summary>The clerk it counts for in "served today": a finished ticket's.</summary>
    public string? ServedBy => Status == TicketStatus.Done ? Clerk : null;

    /// <summary>Issued → called (a recall moves CalledAt, so the wait runs to the last call); null until called.</summary>
    public double? WaitMinutes => CalledAt is { } called ? Math.Max(0, (called - IssuedAt).TotalMinutes) : null;

    /// <summary>Started (else called) → finished, of a done ticket only.</summary>
    public double? ServiceMinutes =>
        Status == TicketStatus.Done && FinishedAt is { } finished && (ServiceStartedAt ?? CalledAt) is { } from
            ? Math.Max(0, (finished - from).TotalMinutes)
            : null;
}

/// <summary>A day's tickets summed: what the manager's figures show of them.</summary>
public sealed record DayTicketFigures(
    int Issued, int Served, int NoShows, int Waiting, double? MeanWaitMinutes, double? P90WaitMinutes, double? MeanServiceMinutes, int Assisted, int Appointments)
{
    public static DayTicketFigures Of(IEnumerable<TicketTimes> tickets)
    {
        var totals = new DayTicketTotals();
        foreach (var t in tickets)
        {
            totals.Add(t);
        }

        return totals.Figures();
    }
}

/// <summary>
/// Running totals of a day's tickets: a ticket's old times are taken out and its new ones put in, so a change costs
/// the same on the day's first ticket as on its twenty-thousandth (the sorted waits behind the 90th percentile are
/// kept sorted by binary search).
/// </summary>
public sealed class DayTicketTotals
{
    private readonly List<double> _waits = [];
    private int _issued;
    private int _done;
    private int _noShows;
    private int _waiting;
    private int _assisted;
    private int _appointments;
    private double _waitSum;
    private double _serviceSum;
    private int _services;

    public void Add(TicketTimes t) => Count(t, +1);

    public void Remove(TicketTimes t) => Count(t, -1);

    public DayTicketFigures Figures() => new(
        _issued,
        _done,
        _noShows,
        _waiting,
        _waits.Count == 0 ? null : _waitSum / _waits.Count,
        _waits.Count == 0 ? null : _waits[Math.Max(0, (int)Math.Ceiling(0.9 * _waits.Count) - 1)],
        _services == 0 ? null : _serviceSum / _services,
        _assisted,
        _appointments);

    private void Count(TicketTimes t, int sign)
    {
        _issued += sign;
        _done += t.Status == TicketStatus.Done ? sign : 0;
        _noShows += t.Status == TicketStatus.NoShow ? sign : 0;
        _waiting += t.Status == TicketStatus.Waiting ? sign : 0;
        _assisted += t.Status == TicketStatus.Done && t.Assisted ? sign : 0;
        _appointments += t.Appointment ? sign : 0;
        if (t.WaitMinutes is { } wait)
        {
            _waitSum += sign * wait;
            var at = _waits.BinarySearch(wait);
            if (sign > 0)
            {
                _waits.Insert(at >= 0 ? at : ~at, wait);
            }
            else if (at >= 0)
            {
                _waits.RemoveAt(at);
            }
        }

        if (t.ServiceMinutes is { } service)
        {
            _serviceSum += sign * service;
            _services += sign;
        }
    }
}

/// <summary>
/// Today's tickets of each hall, summed, kept up to date by the events of every commit (this node's and, through the
/// relay, the others'): the manager's figures cost the same late on a busy day as early on a quiet one. A hall's day is
/// read from the database once, on first use, on a new day, and on any doubt (a hall-wide change, Redis coming back,
/// an event without times): the read holds the hall's send turn, so every event is either in it or applied after it.
/// </summary>
public sealed class TodayTickets(IDbContextFactory<HallDeskDbContext> dbFactory, HallSendOrder order, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HallDay> _halls = new(StringComparer.Ordinal);

    public async Task<DayTicketFigures?> FiguresAsync(string hallCode, CancellationToken ct = default)
    {
        var day = _halls.GetOrAdd(hallCode, _ => new HallDay());
        if (day.FiguresIfCurrent(time.GetUtcNow().UtcDateTime) is { } figures)
        {
            return figures;
        }

        return await ReadAsync(hallCode, day, ct);
    }

    /// <summary>How many of the hall's tickets the clerk finished today: a figure kept, not a count of the day's tickets.</summary>
    public async Task<int?> ServedByAsync(string hallCode, string clerkUserId, CancellationToken ct = default)
    {
        var day = _halls.GetOrAdd(hallCode, _ => new HallDay());
        if (day.ServedByIfCurrent(time.GetUtcNow().UtcDateTime, clerkUserId) is { } served)
        {
            return served;
        }

        return await ReadAsync(hallCode, day, ct) is null ? null : day.ServedByIfCurrent(time.GetUtcNow().UtcDateTime, clerkUserId);
    }

    private async Task<DayTicketFigures?> ReadAsync(string hallCode, HallDay day, CancellationToken ct)
    {

        await day.Reading.WaitAsync(ct);
        try
        {
            if (day.FiguresIfCurrent(time.GetUtcNow().UtcDateTime) is { } read)
            {
                return read;
            }

            // Sends of the hall wait while the day is read (the turn of a joining board).
            using var turn = await order.JoinAsync(hallCode, ct);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var hall = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == hallCode, ct);
            if (hall is null)
            {
                return null;
            }

            var today = hall.LocalDate(time.GetUtcNow().UtcDateTime);
            var tickets = await db.Tickets.AsNoTracking()
                .Where(t => t.HallCode == hallCode && t.ServiceDate == today)
                .Select(t => new
                {
                    t.Number,
                    Times = new TicketTimes(t.Status, t.IssuedAt, t.CalledAt, t.ServiceStartedAt, t.FinishedAt, t.Assisted, t.AppointmentAt != null, t.ClerkUserId),
                })
                .ToListAsync(ct);
            return day.Reset(hall, today, tickets.Select(t => (t.Number, t.Times)));
        }
        finally
        {
            day.Reading.Release();
        }
    }

    /// <summary>A commit's events of one hall, in order, under the hall's send turn.</summary>
    internal void Apply(IReadOnlyList<QueueEvent> hallBatch)
    {
        if (_halls.TryGetValue(hallBatch[0].Hall, out var day))
        {
            day.Apply(hallBatch);
        }
    }

    private sealed class HallDay
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, TicketTimes> _tickets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _servedBy = new(StringComparer.Ordinal);
        private DayTicketTotals _totals = new();
        private Hall? _hall;
        private DateOnly _date;
        private bool _known;

        public SemaphoreSlim Reading { get; } = new(1, 1);

        public DayTicketFigures? FiguresIfCurrent(DateTime now)
        {
            lock (_lock)
            {
                return _known && _hall is not null && _hall.LocalDate(now) == _date ? _totals.Figures() : null;
            }
        }

        public int? ServedByIfCurrent(DateTime now, string clerk)
        {
            lock (_lock)
            {
                return _known && _hall is not null && _hall.LocalDate(now) == _date ? _servedBy.GetValueOrDefault(clerk) : null;
            }
        }

        public DayTicketFigures Reset(Hall hall, DateOnly date, IEnumerable<(string Number, TicketTimes Times)> tickets)
        {
            lock (_lock)
            {
                _hall = hall;
                _date = date;
                _tickets.Clear();
                _servedBy.Clear();
                _totals = new DayTicketTotals();
                foreach (var (number, times) in tickets)
                {
                    _tickets[number] = times;
                    Add(times);
                }

                _known = true;
                return _totals.Figures();
            }
        }

        public void Apply(IReadOnlyList<QueueEvent> batch)
        {
            lock (_lock)
            {
                foreach (var e in batch)
                {
                    if (!_known || _hall is null)
                    {
                        return;
                    }

                    switch (e)
                    {
                        case TicketIssuedEvent { Times: { } times } issued:
                            Put(issued.Number, times);
                            break;
                        case TicketCalledEvent { Times: { } times } called:
                            Put(called.Number, times);
                            break;
                        case TicketChangedEvent { Times: { } times } changed:
                            Put(changed.Number, times);
                            break;
                        case HallChangedEvent or TicketIssuedEvent or TicketCalledEvent or TicketChangedEvent:
                            // A hall-wide change, or an older node's event without times: the day is read again when asked.
                            _known = false;
                            break;
                    }
                }
            }
        }

        private void Put(string number, TicketTimes times)
        {
            if (_hall!.LocalDate(times.IssuedAt) != _date)
            {
                return;
            }

            if (_tickets.TryGetValue(number, out var old))
            {
                _totals.Remove(old);
                if (old.ServedBy is { } before)
                {
                    _servedBy[before]--;
                }
            }

            _tickets[number] = times;
            Add(times);
        }

        private void Add(TicketTimes times)
        {
            _totals.Add(times);
            if (times.ServedBy is { } clerk)
            {
                _servedBy[clerk] = _servedBy.GetValueOrDefault(clerk) + 1;
            }
        }
    }
}
