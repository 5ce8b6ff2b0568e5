using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Publishes queue events to the hub group of the hall (boards, screens) and to Blazor components
/// of this process that subscribed (clerk consoles, manager view, kiosks). With several nodes, the
/// SignalR Redis backplane carries the hub sends to every node's hub clients, and the
/// <see cref="QueueEventRelay"/> carries the event to every other node's Blazor subscribers. The event
/// is raised after the write committed: a failure to deliver it is logged, never thrown at the caller.
/// </summary>
public sealed class QueueNotifier(IHubContext<QueueHub, IQueueClient> hub, HallSendOrder order, ILogger<QueueNotifier> logger, QueueEventRelay? relay = null)
{
    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];

    public IDisposable Subscribe(string hall, Func<QueueEvent, Task> handler)
    {
        var subscription = new Subscription(this, hall, handler);
        lock (_lock)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    public async Task PublishAsync(IEnumerable<QueueEvent> events)
    {
        foreach (var e in events)
        {
            await PublishAsync(e);
        }
    }

    public async Task PublishAsync(QueueEvent e)
    {
        await SendToHubAsync(e);
        if (relay is not null)
        {
            await relay.PublishAsync(e);
        }

        await DeliverHereAsync(e);
    }

    /// <summary>An event another node published: its hub clients have it already (backplane), this node's Blazor screens not yet.</summary>
    internal Task DeliverFromOtherNodeAsync(QueueEvent e) => DeliverHereAsync(e);

    /// <summary>After the backplane came back: this node's screens take a fresh snapshot (every node does the same for its own).</summary>
    internal async Task ResynchroniseAsync(string hall)
    {
        var e = new HallChangedEvent(hall);
        await SendToHubAsync(e);
        await DeliverHereAsync(e);
    }

    /// <summary>Ordered with the snapshots that joining screens read (<see cref="HallSendOrder"/>).</summary>
    private async Task SendToHubAsync(QueueEvent e)
    {
        var clients = hub.Clients.Group(QueueHub.GroupOf(e.Hall));
        using var ordered = await order.EnterAsync(e.Hall);
        try
        {
            await (e switch
            {
                TicketIssuedEvent issued => clients.TicketIssued(issued),
                TicketCalledEvent called => clients.TicketCalled(called),
                TicketChangedEvent changed => clients.TicketChanged(changed),
                CounterChangedEvent counter => clients.CounterChanged(counter),
                HallChangedEvent hall => clients.HallChanged(hall),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception ex)
        {
            // The write is committed; with the backplane down, boards catch up from the snapshot when it returns.
            logger.LogWarning(ex, "The hub could not send {Event} of hall {Hall}", e.GetType().Name, e.Hall);
        }
    }

    private async Task DeliverHereAsync(QueueEvent e)
    {
        Subscription[] targets;
        lock (_lock)
        {
            targets = _subscriptions.Where(s => s.Hall == e.Hall).ToArray();
        }

        foreach (var target in targets)
        {
            try
            {
                await target.Handler(e);
            }
            catch (Exception ex)
            {
                // One broken screen must not stop the others from hearing the event.
                logger.LogWarning(ex, "A queue subscriber failed on {Event}", e.GetType().Name);
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(QueueNotifier owner, string hall, Func<QueueEvent, Task> handler) : IDisposable
    {
        public string Hall { get; } = hall;

        public Func<QueueEvent, Task> Handler { get; } = handler;

        public void Dispose() => owner.Remove(this);
    }
}
