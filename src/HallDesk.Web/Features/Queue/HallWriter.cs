using HallDesk.Data;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// Group commit of a hall's queue writes (issue, check-in, every counter action). Whatever was asked of a hall while
/// its previous batch was being written is written next, all of it in one transaction with one commit (one fsync, and
/// on PostgreSQL the hall's lock taken once); then the batch's events are published in order, as one batch per hall,
/// and only then is every caller answered — nothing is confirmed before it is durable and announced.
/// </summary>
/// <remarks>
/// Each write runs as a part of the transaction behind a savepoint (<see cref="WriteScope.PartAsync{T}"/>): one that
/// fails is rolled back alone and its caller gets its error; the others commit. What the writes ask to be done once
/// per batch (<see cref="WriteScope.OnceBeforeCommit"/>: which waiting tickets came near) runs after the last of them.
/// A caller that gave up before its write began is left out. Other halls' writers run at the same time (on SQLite they
/// still take turns at the database's one write lock, a batch at a time).
/// </remarks>
public sealed class HallWriter(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time, ILogger<HallWriter> logger)
    : IHallWrites
{
    /// <summary>The most writes one commit takes; more wait for the next.</summary>
    public const int MaxBatch = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Hall> _halls = new(StringComparer.Ordinal);
    private long _commits;
    private long _writes;
    private int _largest;

    /// <summary>How many commits and writes the writers have made, and the most writes one commit took: for the benchmark and the tests.</summary>
    public (long Commits, long Writes, int Largest) Totals
    {
        get
        {
            lock (_lock)
            {
                return (_commits, _writes, _largest);
            }
        }
    }

    /// <summary>Writes of the hall waiting for its next batch (not those being written now).</summary>
    public int Queued(string hall)
    {
        lock (_lock)
        {
            return _halls.TryGetValue(hall, out var queue) ? queue.Waiting.Count : 0;
        }
    }

    /// <summary>
    /// Writes in the hall's next batch. <paramref name="write"/> runs on the writer's thread with the batch's scope; it may
    /// save, never commits (what it left unsaved is saved after it), and returns its result and the events its change
    /// publishes. It must not wait for another write of the same hall: that one is in a later batch.
    /// </summary>
    public Task<T> WriteAsync<T>(string hall, Func<WriteScope, CancellationToken, Task<(T Result, IReadOnlyList<QueueEvent> Events)>> write, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new Pending<T>(write, ct);
        Hall queue;
        bool start;
        lock (_lock)
        {
            if (!_halls.TryGetValue(hall, out queue!))
            {
                queue = new Hall(hall);
                _halls.Add(hall, queue);
            }

            queue.Waiting.Enqueue(pending);
            start = !queue.Running;
            queue.Running = true;
        }

        if (start)
        {
            // On a pool thread: the first caller's context (a Blazor circuit) never carries the hall's writes.
            _ = Task.Run(() => DrainAsync(queue), CancellationToken.None);
        }

        return pending.Task;
    }

    /// <summary>A write of the hall's batch that publishes nothing (a ticket's slip stored beside the hall's queue writes).</summary>
    public Task<T> WriteAsync<T>(string hall, Func<WriteScope, CancellationToken, Task<T>> write, CancellationToken ct) =>
        WriteAsync<T>(hall, async (scope, ct) => (await write(scope, ct), (IReadOnlyList<QueueEvent>)[]), ct);

    private async Task DrainAsync(Hall queue)
    {
        while (true)
        {
            List<Pending> batch;
            lock (_lock)
            {
                if (queue.Waiting.Count == 0)
                {
                    queue.Running = false;
                    _halls.Remove(queue.Code);
                    return;
                }

                batch = new List<Pending>(Math.Min(queue.Waiting.Count, MaxBatch));
                while (batch.Count < MaxBatch && queue.Waiting.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            await WriteBatchAsync(queue.Code, batch);
        }
    }

    private async Task WriteBatchAsync(string hall, List<Pending> batch)
    {
        var written = new List<Pending>(batch.Count);
        var events = new List<QueueEvent>();
        try
        {
            await using var scope = await WriteScope.BeginForHallAsync(dbFactory, gate, hall, CancellationToken.None);
            foreach (var pending in batch)
            {
                if (pending.Cancellation.IsCancellationRequested)
                {
                    pending.Cancel();
                    continue;
                }

                try
                {
                    events.AddRange(await scope.PartAsync(() => pending.RunAsync(scope), pending.Cancellation));
                    written.Add(pending);
                }
                catch (Exception ex)
                {
                    pending.Fail(ex);
                }
            }

            if (written.Count > 0)
            {
                await scope.RunBeforeCommitAsync(
                    (what, ex) => logger.LogWarning(ex, "Hall {Hall}: {What}, asked for by the batch's writes, failed; the writes stand", hall, what),
                    CancellationToken.None);
                if (QueueBatch.WaitsForLines(events))
                {
                    events = await WithTheBatchLinesAsync(scope, hall, events);
                }

                await scope.CommitAsync(CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            // The batch did not commit (or could not begin): nothing of it stands, every caller not yet answered hears why.
            foreach (var pending in batch)
            {
                pending.Fail(ex);
            }

            return;
        }

        lock (_lock)
        {
            _commits++;
            _writes += written.Count;
            _largest = Math.Max(_largest, written.Count);
        }

        try
        {
            await notifier.PublishAsync(events);
        }
        catch (Exception ex)
        {
            // Committed: the boards catch up from their snapshot; the callers' writes stand.
            logger.LogWarning(ex, "The events of a batch of hall {Hall} could not be published", hall);
        }

        foreach (var pending in written)
        {
            pending.Complete();
        }
    }

    /// <summary>
    /// The hall's line figures after the batch's last write, read once in its transaction and given to every event of
    /// the commit that carries figures: subscribers apply a commit as one batch, so they never saw the figures between
    /// two writes of it anyway.
    /// </summary>
    private async Task<List<QueueEvent>> WithTheBatchLinesAsync(WriteScope scope, string hall, List<QueueEvent> events)
    {
        var row = await scope.Db.Halls.AsNoTracking().SingleAsync(h => h.Code == hall);
        var lines = await QueueQueries.LinesAsync(scope.Db, row, time.GetUtcNow().UtcDateTime, CancellationToken.None);
        return events.Select(e => QueueBatch.WithLines(e, lines)).ToList();
    }

    private sealed class Hall(string code)
    {
        public string Code { get; } = code;

        public Queue<Pending> Waiting { get; } = new();

        public bool Running { get; set; }
    }

    private abstract class Pending(CancellationToken cancellation)
    {
        public CancellationToken Cancellation { get; } = cancellation;

        /// <summary>Runs the write; its result is kept until the batch commits.</summary>
        public abstract Task<IReadOnlyList<QueueEvent>> RunAsync(WriteScope scope);

        public abstract void Complete();

        public abstract void Fail(Exception ex);

        public abstract void Cancel();
    }

    private sealed class Pending<T>(Func<WriteScope, CancellationToken, Task<(T Result, IReadOnlyList<QueueEvent> Events)>> write, CancellationToken cancellation)
        : Pending(cancellation)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override async Task<IReadOnlyList<QueueEvent>> RunAsync(WriteScope scope)
        {
            var (result, events) = await write(scope, Cancellation);
            _result = result;
            return events;
        }

        public override void Complete() => _done.TrySetResult(_result);

        public override void Fail(Exception ex)
        {
            if (ex is OperationCanceledException && Cancellation.IsCancellationRequested)
            {
                _done.TrySetCanceled(Cancellation);
            }
            else
            {
                _done.TrySetException(ex);
            }
        }

        public override void Cancel() => _done.TrySetCanceled(Cancellation);
    }
}
