using System.Diagnostics;
using System.Text.Json;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.SignalR.Client;

namespace HallDesk.Benchmarks;

/// <summary>
/// Boards as the hall's screens run them through a restart: automatic reconnect every 500 ms plus
/// jitter, JoinHall again on Reconnected, and a Snapshot to redraw from. Times each board's snapshot.
/// </summary>
public sealed class ReconnectingFleet : IAsyncDisposable
{
    private readonly HubConnection[] _connections;
    private readonly string _hall;
    private Delivery? _snapshots;

    public ReconnectingFleet(Uri baseAddress, string hall, int boards)
    {
        _hall = hall;
        _connections = Enumerable.Range(0, boards).Select(i => Build(baseAddress, i)).ToArray();
    }

    public int Count => _connections.Length;

    public int Connected => _connections.Count(c => c.State == HubConnectionState.Connected);

    /// <summary>From now on, the first snapshot each board receives counts, timed from <see cref="Delivery.Start"/>.</summary>
    public Delivery ExpectSnapshots()
    {
        var snapshots = new Delivery(Count) { Start = Stopwatch.GetTimestamp() };
        Volatile.Write(ref _snapshots, snapshots);
        return snapshots;
    }

    /// <summary>Every board at once, as screens do when the hall's network comes up: start, join, snapshot.</summary>
    public Task ConnectAllAsync(CancellationToken ct) =>
        Task.WhenAll(_connections.Select(async c =>
        {
            await c.StartAsync(ct);
            await c.InvokeAsync("JoinHall", _hall, ct);
        }));

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private HubConnection Build(Uri baseAddress, int index)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/queue"))
            .WithAutomaticReconnect(new EveryHalfSecond())
            .Build();
        connection.On<JsonElement>(nameof(IQueueClient.Snapshot), _ => Volatile.Read(ref _snapshots)?.Arrive(index, Stopwatch.GetTimestamp()));
        connection.On<JsonElement>(nameof(IQueueClient.Events), _ => { });

        connection.Reconnected += _ => connection.InvokeAsync("JoinHall", _hall);
        return connection;
    }

    /// <summary>The boards' policy: every 500–750 ms for three minutes, so that a restart does not get them all in one beat.</summary>
    private sealed class EveryHalfSecond : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime < TimeSpan.FromMinutes(3) ? TimeSpan.FromMilliseconds(500 + Random.Shared.Next(250)) : null;
    }
}
