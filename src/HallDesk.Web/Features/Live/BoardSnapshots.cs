using System.Collections.Concurrent;
using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Each hall's board snapshot, kept by this node: read from the database on first need, then moved by the events of
/// every commit (this node's and, through the relay, the others'), applied under the hall's send turn as
/// <see cref="TodayTickets"/> does, so that a joining board gets it without a query. Dropped, and read again at the next
/// need, on any doubt: a hall-wide change (also told when Redis comes back), a new local day, a counter that starts or
/// stops serving (the line estimates count the serving counters, and a counter's event does not carry them), or an
/// event that does not carry what the snapshot needs.
/// </summary>
/// <remarks>
/// A read runs under a join turn (<see cref="HallSendOrder"/>): every event sent before it is in the read, every one
/// sent after is applied on top. The events carry whole figures (the lines, a counter, a call with its count), so one
/// applied on top of a read that already held it changes nothing.
/// </remarks>
public sealed class BoardSnapshots(IHallSnapshots reader, HallSendOrder order, TimeProvider time)
{
    /// <summary>Recent calls kept, more than a board shows: a no-show or a transfer takes one off, and the next is known.</summary>
    public const int CallsKept = 32;

    private readonly ConcurrentDictionary<string, HallBoard> _halls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<BoardSnapshot?>>> _reads = new(StringComparer.Ordinal);

    /// <summary>The hall's snapshot: from memory when kept, else read while no event of the hall is sent; null for no such hall.</summary>
    public async Task<BoardSnapshot?> SnapshotAsync(string hallCode, CancellationToken ct = default)
    {
        if (Kept(hallCode) is { } kept)
        {
            return kept;
        }

        using var turn = await order.JoinAsync(hallCode, ct);
        return await SnapshotAsync(hallCode, turn);
    }

    /// <summary>For a joining screen, which holds the hall's join turn until it has sent the snapshot on.</summary>
    /// <remarks>The turn is what keeps events out while the hall is read; the turn's own sharing of a finished read is not
    /// used: what was read is kept, and a read is shared only while it runs.</remarks>
    public async Task<BoardSnapshot?> SnapshotAsync(string hallCode, HallSendOrder.JoinTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Kept(hallCode) is { } kept)
        {
            return kept;
        }

        // Joins that find the hall unread together share one read.
        var reading = _reads.GetOrAdd(hallCode, code => new Lazy<Task<BoardSnapshot?>>(() => ReadAsync(code)));
        try
        {
            return await reading.Value;
        }
        finally
        {
            _reads.TryRemove(KeyValuePair.Create(hallCode, reading));
        }
    }

    /// <summary>The snapshot as kept now; null when none is kept, or the kept one is of another day or in doubt.</summary>
    public BoardSnapshot? Kept(string hallCode) =>
        _halls.TryGetValue(hallCode, out var board) ? board.SnapshotIfCurrent(time.GetUtcNow().UtcDateTime) : null;

    /// <summary>A commit's events of one hall, in order, under the hall's send turn.</summary>
    internal void Apply(IReadOnlyList<QueueEvent> hallBatch)
    {
        if (_halls.TryGetValue(hallBatch[0].Hall, out var board))
        {
            board.Apply(hallBatch, time.GetUtcNow().UtcDateTime);
        }
    }

    private async Task<BoardSnapshot?> ReadAsync(string hallCode)
    {
        // Not cancelled by the screen that asked: the joins sharing the read would lose it with that screen.
        var read = await reader.ReadBoardAsync(hallCode, CallsKept, CancellationToken.None);
        if (read is null)
        {
            // No such hall: nothing is kept for a code anyone may send.
            _halls.TryRemove(hallCode, out _);
            return null;
        }

        _halls[hallCode] = new HallBoard(read);
        return read.Snapshot;
    }

    private sealed class HallBoard
    {
        private readonly Lock _lock = new();
        private readonly Hall _hall;
        private readonly DateOnly _day;
        private readonly string _name;
        private readonly string _notice;
        private readonly List<CallView> _calls;
        private IReadOnlyList<CallView> _shown;
        private bool _allCalls;
        private IReadOnlyList<LineView> _lines;
        private DateTime _linesAt;
        private bool _linesInDoubt;
        private IReadOnlyList<CounterView> _counters;
        private bool _dropped;

        public HallBoard(BoardRead read)
        {
            var snapshot = read.Snapshot;
            _hall = read.Hall;
            _day = read.Hall.LocalDate(snapshot.ServerTime);
            _name = snapshot.HallName;
            _notice = snapshot.Notice;
            _calls = [.. read.Calls];
            _allCalls = read.Calls.Count < CallsKept;
            _shown = snapshot.RecentCalls;
            _lines = snapshot.Lines;
            _linesAt = snapshot.ServerTime;
            _counters = snapshot.Counters;
        }

        public BoardSnapshot? SnapshotIfCurrent(DateTime now)
        {
            lock (_lock)
            {
                if (_dropped || _linesInDoubt || _hall.LocalDate(now) != _day || (!_allCalls && _calls.Count < LiveViews.RecentCallsShown))
                {
                    return null;
                }

                return new BoardSnapshot(_hall.Code, _name, _notice, now, _shown, LinesAt(now), _counters);
            }
        }

        public void Apply(IReadOnlyList<QueueEvent> batch, DateTime now)
        {
            lock (_lock)
            {
                try
                {
                    foreach (var e in batch)
                    {
                        Apply(e, now);
                    }
                }
                catch (Exception)
                {
                    // Whatever went wrong, the next need reads the hall again.
                    _dropped = true;
                }

                _shown = _calls.Take(LiveViews.RecentCallsShown).ToList();
            }
        }

        private void Apply(QueueEvent e, DateTime now)
        {
            switch (e)
            {
                case TicketIssuedEvent issued:
                    TakeLines(issued.Lines, now);
                    break;
                case TicketCalledEvent called:
                    TakeLines(called.Lines, now);
                    Called(called);
                    break;
                case TicketChangedEvent changed:
                    TakeLines(changed.Lines, now);
                    Changed(changed);
                    break;
                case CounterChangedEvent counter:
                    Counter(counter);
                    break;
                case HallChangedEvent:
                    _dropped = true;
                    break;
            }
        }

        /// <summary>The longest waits grow with the time since the figures were made (to the minute below: the exact oldest is not carried).</summary>
        private IReadOnlyList<LineView> LinesAt(DateTime now)
        {
            var minutes = (int)Math.Max(0, (now - _linesAt).TotalMinutes);
            return minutes == 0
                ? _lines
                : _lines.Select(l => l.Waiting > 0 ? l with { LongestWaitMinutes = l.LongestWaitMinutes + minutes } : l).ToList();
        }

        /// <summary>A ticket event's figures were made after its commit, so after every counter change before it.</summary>
        private void TakeLines(IReadOnlyList<LineView> lines, DateTime now)
        {
            _lines = lines;
            _linesAt = now;
            _linesInDoubt = false;
        }

        private void Called(TicketCalledEvent called)
        {
            if (called.Times is { } times && _hall.LocalDate(times.IssuedAt) != _day)
            {
                return; // another day's ticket: the board shows today's calls
            }

            _calls.RemoveAll(c => c.Number == called.Number);
            Place(new CallView(called.Number, called.Line, called.Counter, called.CalledAt, called.CallCount, called.Appointment));
        }

        /// <summary>A call leaves the board when its ticket is no longer at a counter (no-show, transfer); none comes back without a TicketCalled.</summary>
        private void Changed(TicketChangedEvent changed)
        {
            if (changed.Times is not { } times)
            {
                _dropped = true; // an older node's event: where the ticket stands is not known
                return;
            }

            if (_hall.LocalDate(times.IssuedAt) != _day)
            {
                return;
            }

            var at = _calls.FindIndex(c => c.Number == changed.Number);
            var shown = changed.Counter is not null && times.CalledAt is not null
                && changed.Status is not (nameof(TicketStatus.NoShow) or nameof(TicketStatus.Cancelled));
            if (at >= 0)
            {
                var call = _calls[at];
                _calls.RemoveAt(at);
                if (shown)
                {
                    Place(call with { Counter = changed.Counter!.Value, CalledAt = times.CalledAt!.Value });
                }
            }
            else if (shown && (_allCalls || (_calls.Count > 0 && times.CalledAt >= _calls[^1].CalledAt)))
            {
                _dropped = true; // a call the board would show that is not known here
            }
        }

        private void Place(CallView call)
        {
            var at = _calls.FindIndex(c => c.CalledAt < call.CalledAt);
            if (at < 0)
            {
                if (!_allCalls)
                {
                    return; // older than every call kept: somewhere among those not kept
                }

                at = _calls.Count;
            }

            _calls.Insert(at, call);
            if (_calls.Count > CallsKept)
            {
                _calls.RemoveAt(_calls.Count - 1);
                _allCalls = false;
            }
        }

        private void Counter(CounterChangedEvent changed)
        {
            IReadOnlyList<QueueEvent> batch = [changed];
            _linesInDoubt |= LiveViews.ChangesServingCounters(_counters, batch);
            _counters = LiveViews.WithCounters(_counters, batch);
        }
    }
}
