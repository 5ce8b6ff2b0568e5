using HallDesk.Web.Features.Live;
using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>A hub context that records the batches the notifier sends to any group, in order.</summary>
public sealed class RecordingHub : IHubContext<QueueHub, IQueueClient>, IHubClients<IQueueClient>, IQueueClient
{
    private readonly Lock _lock = new();
    private readonly List<QueueBatch> _batches = [];

    /// <summary>The hub messages sent, one per commit.</summary>
    public IReadOnlyList<QueueBatch> Batches
    {
        get
        {
            lock (_lock)
            {
                return [.. _batches];
            }
        }
    }

    /// <summary>The events of every message sent, in order.</summary>
    public IReadOnlyList<QueueEvent> Sent => [.. Batches.SelectMany(b => b.Events)];

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

    public Task Events(QueueBatch batch)
    {
        lock (_lock)
        {
            _batches.Add(batch);
        }

        return Task.CompletedTask;
    }
}
