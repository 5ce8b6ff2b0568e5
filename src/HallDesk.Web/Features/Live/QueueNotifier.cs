using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Publishes queue events to the hub group of the hall (boards, screens) and to Blazor components
/// of this process that subscribed (clerk consoles, manager view, kiosks). With several nodes, the
/// SignalR Redis backplane carries the hub sends to every node's hub clients, and the
/// <see cref="QueueEventRelay"/> carries the event to every other node's Blazor subscribers. The event
/// is raised after the write committed: a failure to deliver it is logged, never thrown at the caller.
/// </summary>
/// <remarks>
/// The events of one commit reach a subscriber as one batch, and the hub's screens as one message
/// (<see cref="QueueBatch"/>), so a screen redraws once per commit. The publisher
/// waits for the hub sends and the relay only: each subscriber has a queue of its own, drained in the background,
/// so a clerk's 叫号 never waits for the screens that hear it, a slow screen delays nobody else, and every
/// subscriber still sees the batches in the order they were published.
/// </remarks>
public sealed class QueueNotifier(IHubContext<QueueHub, IQueueClient> hub, HallSendOrder order, HallScreens screens, ILogger<QueueNotifier> logger, QueueEventRelay? relay = null, TodayTickets? today = null,
    BoardSnapshots? boards = null)
{
    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];

    /// <summary>Hears the hall's events, one batch per commit, one batch at a time, on a pool thread.</summary>
    public IDisposable Subscribe(string hall, Func<IReadOnlyList<QueueEvent>, Task> handler)
    {
        var subscription = new Subscription(this, hall, handler);
        lock (_lock)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    public Task PublishAsync(QueueEvent e) => PublishAsync([e]);

    /// <summary>The events of one commit, in commit order.</summary>
    public async Task PublishAsync(IEnumerable<QueueEvent> events)
    {
        var batch = events.ToList();
        if (batch.Count == 0)
        {
            return;
        }

        await SendHereAsync(batch);
        if (relay is not null)
        {
            await relay.PublishAsync(batch);
        }
    }

    /// <summary>
    /// Completes once every subscriber has handled every batch handed to it so far. For tests, which must not
    /// sleep to let the background delivery happen.
    /// </summary>
    public async Task IdleAsync()
    {
        while (true)
        {
            Task[] draining;
            lock (_lock)
            {
                draining = _subscriptions.Select(s => s.Draining).Where(t => !t.IsCompleted).ToArray();
            }

            if (draining.Length == 0)
            {
                return;
            }

            await Task.WhenAll(draining);
        }
    }

    /// <summary>Another node's commit: its hub clients have it already (backplane), this node's Blazor screens not yet.</summary>
    internal async Task DeliverFromOtherNodeAsync(IReadOnlyList<QueueEvent> batch)
    {
        foreach (var hallBatch in ByHall(batch))
        {
            using var ordered = await order.EnterAsync(hallBatch[0].Hall);
            today?.Apply(hallBatch);
            boards?.Apply(hallBatch);
            DeliverHere(hallBatch);
        }
    }

    /// <summary>After the backplane came back: this node's screens take a fresh snapshot (every node does the same for its own).</summary>
    /// <remarks>
    /// Each hub screen of this node is told on its own connection, which never passes through Redis: a group send
    /// made the moment the backplane reports itself back can be published before this node's subscriptions are
    /// renewed, and then no screen hears it.
    /// </remarks>
    internal async Task ResynchroniseAsync(string hall)
    {
        var changed = new HallChangedEvent(hall);
        using var ordered = await order.EnterAsync(hall);
        foreach (var connection in screens.Of(hall))
        {
            try
            {
                // A screen that does not read its connection must not hold the hall's turn (as for a joining board).
                await hub.Clients.Client(connection).Events(new QueueBatch([changed], null)).WaitAsync(QueueHub.SnapshotSendLimit);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Screen {Connection} of hall {Hall} could not be told to resynchronise", connection, hall);
            }
        }

        today?.Apply([changed]);
        boards?.Apply([changed]);
        DeliverHere([changed]);
    }

    private async Task SendHereAsync(IReadOnlyList<QueueEvent> batch)
    {
        foreach (var hallBatch in ByHall(batch))
        {
            // Ordered with the snapshots that joining screens read (HallSendOrder), and the subscribers' queues
            // filled under the same turn, so that they hear the hall's commits in the order the boards do.
            using var ordered = await order.EnterAsync(hallBatch[0].Hall);
            await SendToHubAsync(hallBatch);
            today?.Apply(hallBatch);
            boards?.Apply(hallBatch);
            DeliverHere(hallBatch);
        }
    }

    /// <summary>One message per commit to the hall's screens, whatever the number of its events.</summary>
    private async Task SendToHubAsync(IReadOnlyList<QueueEvent> hallBatch)
    {
        if (QueueBatch.Of(hallBatch) is not { } batch)
        {
            return;
        }

        try
        {
            await hub.Clients.Group(QueueHub.GroupOf(hallBatch[0].Hall)).Events(batch);
        }
        catch (Exception ex)
        {
            // The write is committed; with the backplane down, boards catch up from the snapshot when it returns.
            logger.LogWarning(ex, "The hub could not send {Events} of hall {Hall}", Names(hallBatch), hallBatch[0].Hall);
        }
    }

    /// <summary>Hands the batch to each subscriber of its hall; each drains its own queue, all at the same time.</summary>
    private void DeliverHere(IReadOnlyList<QueueEvent> hallBatch)
    {
        Subscription[] targets;
        lock (_lock)
        {
            targets = _subscriptions.Where(s => s.Hall == hallBatch[0].Hall).ToArray();
        }

        foreach (var target in targets)
        {
            target.Enqueue(hallBatch);
        }
    }

    private static IEnumerable<IReadOnlyList<QueueEvent>> ByHall(IReadOnlyList<QueueEvent> batch) =>
        batch.All(e => e.Hall == batch[0].Hall)
            ? [batch]
            : batch.GroupBy(e => e.Hall, StringComparer.Ordinal).Select(g => (IReadOnlyList<QueueEvent>)g.ToList());

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(QueueNotifier owner, string hall, Func<IReadOnlyList<QueueEvent>, Task> handler) : IDisposable
    {
        private readonly Queue<IReadOnlyList<QueueEvent>> _pending = new();
        private Task _draining = Task.CompletedTask;
        private bool _running;
        private bool _disposed;

        public string Hall { get; } = hall;

        /// <summary>Completes when the batches queued so far are handled.</summary>
        public Task Draining
        {
            get
            {
                lock (_pending)
                {
                    return _draining;
                }
            }
        }

        public void Enqueue(IReadOnlyList<QueueEvent> batch)
        {
            lock (_pending)
            {
                if (_disposed)
                {
                    return;
                }

                _pending.Enqueue(batch);
                if (!_running)
                {
                    // On a pool thread: not even the handler's synchronous start runs on the publisher's.
                    _running = true;
                    _draining = Task.Run(DrainAsync);
                }
            }
        }

        public void Dispose()
        {
            lock (_pending)
            {
                _disposed = true;
                _pending.Clear();
            }

            owner.Remove(this);
        }

        private async Task DrainAsync()
        {
            while (true)
            {
                IReadOnlyList<QueueEvent> batch;
                lock (_pending)
                {
                    if (!_pending.TryDequeue(out batch!))
                    {
                        _running = false;
                        return;
                    }
                }

                try
                {
                    await handler(batch);
                }
                catch (Exception ex)
                {
                    // One broken screen must not stop the others, nor its own next batch.
                    owner.LogFailure(ex, batch);
                }
            }
        }
    }

    private void LogFailure(Exception ex, IReadOnlyList<QueueEvent> batch) =>
        logger.LogWarning(ex, "A queue subscriber of hall {Hall} failed on {Events}", batch[0].Hall, Names(batch));

    private static string Names(IReadOnlyList<QueueEvent> batch) => string.Join(", ", batch.Select(e => e.GetType().Name));
}
