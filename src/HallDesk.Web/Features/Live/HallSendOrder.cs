using System.Diagnostics;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Orders what a hall's hub group hears: an event is sent either wholly before a joining screen's snapshot is
/// read (so the snapshot includes it) or after the snapshot was sent (so the screen applies it on top). Without
/// it, a snapshot read just before a commit could reach the screen after that commit's event and undo it.
/// </summary>
/// <remarks>
/// Joins take turns with event sends, not with each other: any number of joins run together, an event's send runs
/// alone, and a send that waits lets no new join in before it, so a flood of joins delays a clerk's call by one
/// snapshot read at most. Joins share their snapshot reads (<see cref="JoinTurn.ShareAsync{T}"/>). A hall's
/// state lives while someone holds or awaits a turn, or while it has a snapshot to share: an unknown hall leaves nothing.
/// </remarks>
public sealed class HallSendOrder
{
    /// <summary>How long a finished snapshot read serves later joins when no event of the hall was sent meanwhile.</summary>
    public static readonly TimeSpan SnapshotReuse = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, HallTurns> _halls = new(StringComparer.Ordinal);

    /// <summary>Whether the hall has state here: a turn held or awaited, or a snapshot kept for the next join.</summary>
    public bool Keeps(string hall)
    {
        lock (_lock)
        {
            return _halls.ContainsKey(hall);
        }
    }

    /// <summary>An event's send: alone, after the joins in progress; joins that arrive meanwhile wait for it.</summary>
    public async Task<IDisposable> EnterAsync(string hall, CancellationToken ct = default) =>
        await EnterAsync(hall, send: true, ct);

    /// <summary>A joining screen's snapshot read and send: with other joins, never while an event of the hall is sent.</summary>
    public async Task<JoinTurn> JoinAsync(string hall, CancellationToken ct = default) =>
        (JoinTurn)await EnterAsync(hall, send: false, ct);

    private Task<Turn> EnterAsync(string hall, bool send, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_lock)
        {
            if (!_halls.TryGetValue(hall, out var turns))
            {
                turns = new HallTurns();
                _halls.Add(hall, turns);
            }

            turns.Users++;
            waiter = new Waiter(send ? new Turn(this, hall, turns) : new JoinTurn(this, hall, turns));
            if (send ? turns.CanSend : turns.CanJoin)
            {
                Admit(turns, waiter);
                return Task.FromResult(waiter.Turn);
            }

            (send ? turns.WaitingSends : turns.WaitingJoins).AddLast(waiter.Node);
        }

        if (ct.CanBeCanceled)
        {
            var registration = ct.Register(() => Abandon(hall, waiter, ct));
            lock (_lock)
            {
                waiter.Cancellation = registration;
            }

            if (waiter.Granted.Task.IsCompleted)
            {
                registration.Dispose();
            }
        }

        return waiter.Granted.Task;
    }

    private void Abandon(string hall, Waiter waiter, CancellationToken ct)
    {
        lock (_lock)
        {
            if (waiter.Node.List is not { } queue)
            {
                return; // admitted already: the caller holds the turn and releases it
            }

            queue.Remove(waiter.Node);
            var turns = _halls[hall];
            turns.Users--;
            Pump(hall, turns);
        }

        waiter.Granted.TrySetCanceled(ct);
    }

    private void Release(string hall, HallTurns turns, bool send)
    {
        lock (_lock)
        {
            if (send)
            {
                turns.Sending = false;
                turns.JoinsFirst = turns.WaitingJoins.Count > 0;
            }
            else
            {
                turns.Joining--;
            }

            turns.Users--;
            Pump(hall, turns);
        }
    }

    /// <summary>Lets in whoever may go now; forgets the hall when nobody holds or awaits a turn. Under the lock.</summary>
    private void Pump(string hall, HallTurns turns)
    {
        if (turns.Users == 0)
        {
            // A real hall keeps its last snapshot for the next join; a hall without one (unknown) leaves nothing.
            if (turns.SharedRead is null)
            {
                _halls.Remove(hall);
            }

            return;
        }

        if (turns.Sending)
        {
            return;
        }

        // Joins that waited for a send go before the next send, so that neither kind starves the other.
        if (turns.WaitingJoins.Count > 0 && (turns.WaitingSends.Count == 0 || turns.JoinsFirst))
        {
            turns.JoinsFirst = false;
            while (turns.WaitingJoins.First is { } join)
            {
                turns.WaitingJoins.RemoveFirst();
                Admit(turns, join.Value);
            }

            return;
        }

        if (turns.Joining == 0 && turns.WaitingSends.First is { } next)
        {
            turns.WaitingSends.RemoveFirst();
            Admit(turns, next.Value);
        }
    }

    private static void Admit(HallTurns turns, Waiter waiter)
    {
        if (waiter.Turn is JoinTurn)
        {
            turns.Joining++;
        }
        else
        {
            turns.Sending = true;
            turns.SharedRead = null; // what was read before this send may not include it
        }

        waiter.Cancellation.Dispose();
        waiter.Granted.TrySetResult(waiter.Turn);
    }

    internal sealed class HallTurns
    {
        public readonly LinkedList<Waiter> WaitingSends = new();
        public readonly LinkedList<Waiter> WaitingJoins = new();
        public int Users;
        public int Joining;
        public bool Sending;
        public bool JoinsFirst;
        public Task? SharedRead;
        public long SharedSince;

        public bool CanSend => !Sending && Joining == 0 && WaitingSends.Count == 0 && WaitingJoins.Count == 0;

        public bool CanJoin => !Sending && WaitingSends.Count == 0;
    }

    internal sealed class Waiter
    {
        public Waiter(Turn turn)
        {
            Turn = turn;
            Node = new LinkedListNode<Waiter>(this);
        }

        public Turn Turn { get; }

        public LinkedListNode<Waiter> Node { get; }

        public TaskCompletionSource<Turn> Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Cancellation { get; set; }
    }

    /// <summary>A turn held; disposing it lets the next ones in.</summary>
    public class Turn : IDisposable
    {
        private readonly HallSendOrder _order;
        private readonly string _hall;
        private int _released;

        internal Turn(HallSendOrder order, string hall, HallTurns turns)
        {
            _order = order;
            _hall = hall;
            Turns = turns;
        }

        internal HallTurns Turns { get; }

        internal HallSendOrder Order => _order;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                _order.Release(_hall, Turns, send: this is not JoinTurn);
            }

            GC.SuppressFinalize(this);
        }
    }

    /// <summary>A join's turn: the joins inside at the same time share one read of the snapshot.</summary>
    public sealed class JoinTurn : Turn
    {
        internal JoinTurn(HallSendOrder order, string hall, HallTurns turns)
            : base(order, hall, turns)
        {
        }

        /// <summary>
        /// The hall's last snapshot read, or a new one. A read is shared while it runs, and after it finished until the
        /// next send of the hall (which clears it: the read may not include that event) or for <see cref="SnapshotReuse"/>
        /// at most (writes that send no event). No send can fall between the read and a join that reuses it, so the
        /// order holds; a flood of joins costs one read a second instead of one each.
        /// </summary>
        public async Task<T> ShareAsync<T>(Func<Task<T>> read)
        {
            TaskCompletionSource<T>? mine = null;
            Task<T>? running;
            lock (Order._lock)
            {
                running = Turns.SharedRead is Task<T> shared
                    && (!shared.IsCompleted || (shared.IsCompletedSuccessfully && Stopwatch.GetElapsedTime(Turns.SharedSince) < SnapshotReuse))
                    ? shared
                    : null;
                if (running is null)
                {
                    mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                    Turns.SharedRead = mine.Task;
                    Turns.SharedSince = Stopwatch.GetTimestamp();
                }
            }

            if (running is not null)
            {
                return await running;
            }

            try
            {
                var value = await read();
                if (value is null)
                {
                    lock (Order._lock)
                    {
                        // Nothing to share (an unknown hall): forget the read, so the hall leaves no state behind.
                        if (Turns.SharedRead == mine!.Task)
                        {
                            Turns.SharedRead = null;
                        }
                    }
                }

                mine!.SetResult(value);
                return value;
            }
            catch (Exception ex)
            {
                mine!.SetException(ex);
                throw;
            }
        }
    }
}
