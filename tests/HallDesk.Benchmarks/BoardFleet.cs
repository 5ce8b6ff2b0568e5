using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.SignalR.Client;

namespace HallDesk.Benchmarks;

/// <summary>
/// Many hall boards on the queue hub, as the hall's screens connect: WebSockets, JoinHall, a
/// snapshot first. Records when each board hears each expected TicketCalled (in the batch of its commit).
/// </summary>
public sealed class BoardFleet : IAsyncDisposable
{
    private readonly HubConnection[] _connections;
    private readonly ConcurrentDictionary<string, Delivery> _expected = new();

    private BoardFleet(int boards) => _connections = new HubConnection[boards];

    public int Count => _connections.Length;

    public static Task<BoardFleet> ConnectAsync(Uri baseAddress, string hall, int boards, CancellationToken ct) =>
        ConnectSplitAsync([baseAddress], hall, boards, ct);

    /// <summary>Boards spread over several nodes in turn (board i on node i mod n), as a load balancer would place them.</summary>
    public static async Task<BoardFleet> ConnectSplitAsync(IReadOnlyList<Uri> nodes, string hall, int boards, CancellationToken ct)
    {
        var fleet = new BoardFleet(boards);
        // A few at a time: a hall's screens come up over seconds, not in one burst.
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(0, boards).Select(async i =>
        {
            await gate.WaitAsync(ct);
            try
            {
                fleet._connections[i] = await fleet.ConnectOneAsync(nodes[i % nodes.Count], hall, i, ct);
            }
            finally
            {
                gate.Release();
            }
        }));
        return fleet;
    }

    /// <summary>
    /// The same connections without a board behind them, the baseline of <see cref="ConnectAsync"/>: negotiate, WebSocket
    /// and handshake only, 16 at a time, no JoinHall and no snapshot; closed again once all are up. Returns how long it took.
    /// </summary>
    public static async Task<TimeSpan> ConnectBareAsync(Uri baseAddress, int connections, CancellationToken ct)
    {
        var open = new HubConnection[connections];
        using var gate = new SemaphoreSlim(16);
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async i =>
        {
            await gate.WaitAsync(ct);
            try
            {
                open[i] = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "/hubs/queue")).Build();
                await open[i].StartAsync(ct);
            }
            finally
            {
                gate.Release();
            }
        }));
        var took = Stopwatch.GetElapsedTime(start);
        foreach (var connection in open)
        {
            await connection.DisposeAsync();
        }

        return took;
    }

    /// <summary>Announces a number before it is called, so its deliveries are timed from <see cref="Delivery.Start"/>.</summary>
    public Delivery Expect(string number)
    {
        var delivery = new Delivery(Count);
        return _expected.TryAdd(number, delivery) ? delivery : throw new InvalidOperationException($"{number} is expected twice.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Where(c => c is not null))
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<HubConnection> ConnectOneAsync(Uri baseAddress, string hall, int index, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/queue"))
            .Build();
        var snapshot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>(nameof(IQueueClient.Snapshot), _ => snapshot.TrySetResult());
        connection.On<BatchMessage>(nameof(IQueueClient.Events), m => Arrived(index, m));

        await connection.StartAsync(ct);
        await connection.InvokeAsync("JoinHall", hall, ct);
        await snapshot.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return connection;
    }

    private void Arrived(int board, BatchMessage batch)
    {
        var at = Stopwatch.GetTimestamp();
        foreach (var e in batch.Events)
        {
            if (e.Type == "TicketCalled" && e.Number is { } number && _expected.TryGetValue(number, out var delivery))
            {
                delivery.Arrive(board, at);
            }
        }
    }

    /// <summary>What a board reads of a commit; the events and line figures are parsed as a board would, then ignored.</summary>
    private sealed record BatchMessage(IReadOnlyList<EventMessage> Events, JsonElement Lines);

    private sealed record EventMessage(string Type, string? Number, JsonElement Counter);
}

/// <summary>One number's arrival at every board.</summary>
public sealed class Delivery(int boards)
{
    private readonly long[] _arrivedAt = new long[boards];
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining = boards;

    /// <summary>Stopwatch timestamp taken just before the call (or broadcast) that should reach the boards.</summary>
    public long Start { get; set; }

    public Task All => _all.Task;

    public int Missing => _arrivedAt.Count(t => t == 0);

    public IEnumerable<double> Milliseconds() => _arrivedAt.Where(t => t != 0).Select(t => Latency.Milliseconds(Start, t));

    internal void Arrive(int board, long at)
    {
        // A repeated call (recall) is not a new delivery: the first arrival counts.
        if (Interlocked.CompareExchange(ref _arrivedAt[board], at, 0) == 0 && Interlocked.Decrement(ref _remaining) == 0)
        {
            _all.TrySetResult();
        }
    }
}
