using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Threading.Channels;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace HallDesk.Web.Tests.Features.Failures;

/// <summary>
/// Two nodes on one PostgreSQL database and a Redis of this test's own, which is stopped and started again: the
/// clerk's call on node A succeeds while Redis is away, and the board on node B, which missed the event, redraws
/// from the database snapshot once Redis is back.
/// </summary>
[Trait("Database", "PostgreSql")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes through IAsyncLifetime.DisposeAsync.")]
public sealed class RedisComesBackTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly int _port = FreePort();
    private PostgresTestDatabase? _database;
    private Process? _redis;
    private TwoNodes.Node? _a;
    private TwoNodes.Node? _b;

    public async Task InitializeAsync()
    {
        _ = TestServices.Require(TwoNodes.RedisVariable, "the Redis failure test");
        _redis = await StartRedisAsync(_port);
        _database = PostgresTestDatabase.Create();
        var redis = $"127.0.0.1:{_port},channelPrefix=HallDeskTest{Guid.NewGuid():N}";
        _a = new TwoNodes.Node(_database.ConnectionString, redis);
        _b = new TwoNodes.Node(_database.ConnectionString, redis);
        await Task.WhenAll(Task.Run(() => _a.Server), Task.Run(() => _b.Server));
        await Task.WhenAll(_a.Get<QueueEventRelay>().Subscribed, _b.Get<QueueEventRelay>().Subscribed).WaitAsync(Wait);
    }

    [Fact]
    public async Task RedisStopped_CallStillSucceeds_AndTheBoardOnTheOtherNodeResynchronisesWhenItReturns()
    {
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        await using var board = _b!.Board();
        board.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        // As the hall's screens do: HallChanged means "take a fresh snapshot".
        board.OnEvent<HallChangedEvent>(_ => board.InvokeAsync("JoinHall", "AM"));
        await board.StartAsync();
        await board.InvokeAsync("JoinHall", "AM");
        await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        _redis!.Kill(entireProcessTree: true);
        await _redis.WaitForExitAsync();
        var clerk = await _a!.ActorAsync("clerk3");
        await _a.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        var ticket = await _a.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "C", null, false), Actor.Anonymous(null, "test"));
        var called = await _a.Get<CallNextTicket>().HandleAsync(clerk);
        Assert.Equal(ticket.Number, called);

        _redis = await StartRedisAsync(_port);

        var deadline = DateTime.UtcNow + Wait;
        BoardSnapshot? current = null;
        while (current?.RecentCalls.Any(c => c.Number == ticket.Number && c.Counter == 6) != true)
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, "The board on node B did not redraw with the call after Redis came back.");
            current = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(left);
        }
    }

    [Fact]
    public async Task Resynchronise_ReachesThisNodesBoards_WithoutPassingThroughRedis()
    {
        // The backplane reports itself back before this node's Redis subscriptions are renewed; a "take a fresh
        // snapshot" sent through a Redis group then reaches no screen. With Redis away altogether, only a send that
        // does not pass through Redis arrives.
        var changed = new TaskCompletionSource<HallChangedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        await using var board = _b!.Board();
        board.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        board.OnEvent<HallChangedEvent>(e => changed.TrySetResult(e));
        await board.StartAsync();
        await board.InvokeAsync("JoinHall", "AM");
        await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        _redis!.Kill(entireProcessTree: true);
        await _redis.WaitForExitAsync();
        await _b.Get<QueueNotifier>().ResynchroniseAsync("AM");

        Assert.Equal("AM", (await changed.Task.WaitAsync(Wait)).Hall);
    }

    public Task DisposeAsync()
    {
        _a?.Dispose();
        _b?.Dispose();
        _database?.Dispose();
        if (_redis is { HasExited: false })
        {
            _redis.Kill(entireProcessTree: true);
        }

        _redis?.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<Process> StartRedisAsync(int port)
    {
        var info = new ProcessStartInfo("redis-server", ["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"redis-server did not listen on port {port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
