using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// Publishes queue events to the hub group of the hall (boards, screens) and to Blazor components
/// of this process that subscribed (clerk consoles, manager view, kiosks).
/// </summary>
public sealed class QueueNotifier(IHubContext<QueueHub, IQueueClient> hub, HallSendOrder order, ILogger<QueueNotifier> logger)
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
        var clients = hub.Clients.Group(QueueHub.GroupOf(e.Hall));
        using (await order.EnterAsync(e.Hall))
        {
            var send = e switch
            {
                TicketIssuedEvent issued => clients.TicketIssued(issued),
                TicketCalledEvent called => clients.TicketCalled(called),
                TicketChangedEvent changed => clients.TicketChanged(changed),
                CounterChangedEvent counter => clients.CounterChanged(counter),
                HallChangedEvent hall => clients.HallChanged(hall),
                _ => Task.CompletedTask,
            };
            await send;
        }

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
