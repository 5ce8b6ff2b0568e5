using HallDesk.Web.Features.Live;
using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>A hub context that records what the notifier sends to any group, in order.</summary>
public sealed class RecordingHub : IHubContext<QueueHub, IQueueClient>, IHubClients<IQueueClient>, IQueueClient
{
    private readonly Lock _lock = new();
    private readonly List<QueueEvent> _sent = [];

    public IReadOnlyList<QueueEvent> Sent
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    public IHubClients<IQueueClient> Clients => this;

    public IGroupManager Groups => throw new NotSupportedException();

    IQueueClient IHubClients<IQueueClient>.All => this;

    IQueueClient IHubClients<IQueueClient>.AllExcept(IReadOnlyList<string> excludedConnectionIds) => this;

    IQueueClient IHubClients<IQueueClient>.Client(string connectionId) => this;

    IQueueClient IHubClients<IQueueClient>.Clients(IReadOnlyList<string> connectionIds) => this;

    IQueueClient IHubClients<IQueueClient>.Group(string groupName) => this;

    IQueueClient IHubClients<IQueueClient>.GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => this;

    IQueueClient IHubClients<IQueueClient>.Groups(IReadOnlyList<string> groupNames) => this;

    IQueueClient IHubClients<IQueueClient>.User(string userId) => this;

    IQueueClient IHubClients<IQueueClient>.Users(IReadOnlyList<string> userIds) => this;

    public Task Snapshot(BoardSnapshot snapshot) => Task.CompletedTask;

    public Task TicketIssued(TicketIssuedEvent e) => Record(e);

    public Task TicketCalled(TicketCalledEvent e) => Record(e);

    public Task TicketChanged(TicketChangedEvent e) => Record(e);

    public Task CounterChanged(CounterChangedEvent e) => Record(e);

    public Task HallChanged(HallChangedEvent e) => Record(e);

    private Task Record(QueueEvent e)
    {
        lock (_lock)
        {
            _sent.Add(e);
        }

        return Task.CompletedTask;
    }
}
