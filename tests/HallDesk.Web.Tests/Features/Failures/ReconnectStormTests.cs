using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using HallDesk.Testing;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace HallDesk.Web.Tests.Features.Failures;

/// <summary>
/// The app restarts under 300 connected boards: each one reconnects by itself, joins its hall again and
/// redraws from a snapshot that has what happened while it was away. (The benchmark program times it.)
/// </summary>
public sealed class ReconnectStormTests(ITestOutputHelper output) : IDisposable
{
    private const int Boards = 300;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-storm", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RestartWith300BoardsConnected_EveryBoardComesBackWithTheCurrentSnapshot()
    {
        Directory.CreateDirectory(_folder);
        var settings = new Dictionary<string, string> { ["Demo__Password"] = HallDeskFactory.Password, ["Demo__History"] = "false", ["ConnectionStrings__HallDesk"] = $"Data Source={Path.Combine(_folder, "halldesk.db")}" };
        await using var first = new AppProcess(settings);
        await first.StartAsync();
        using var client = new HttpClient { BaseAddress = first.BaseAddress };
        await client.PostAsJsonAsync("api/v1/halls/AM/tickets", new { line = "B" });

        var latest = new ConcurrentDictionary<int, BoardSnapshot>();
        var boards = new List<HubConnection>();
        for (var i = 0; i < Boards; i++)
        {
            boards.Add(await ConnectAsync(first.BaseAddress, i, latest));
        }

        await WaitUntilAsync(() => latest.Count == Boards && latest.Values.All(s => Waiting(s) == 1), TimeSpan.FromSeconds(60));
        latest.Clear();

        await first.KillAsync();
        await using var second = new AppProcess(settings, first.Port);
        var clock = Stopwatch.StartNew();
        await second.StartAsync();
        // Taken while the boards are still finding their way back: their snapshot must include it.
        await client.PostAsJsonAsync("api/v1/halls/AM/tickets", new { line = "B" });

        await WaitUntilAsync(() => latest.Count == Boards && latest.Values.All(s => Waiting(s) == 2), TimeSpan.FromSeconds(120));
        output.WriteLine($"{Boards} boards back with the current snapshot {clock.Elapsed.TotalSeconds:0.0} s after the restart began (includes the app's start).");
        Assert.All(boards, b => Assert.Equal(HubConnectionState.Connected, b.State));

        foreach (var board in boards)
        {
            await board.DisposeAsync();
        }
    }

    private static int Waiting(BoardSnapshot snapshot) => snapshot.Lines.Single(l => l.Code == "B").Waiting;

    /// <summary>A board as the hall's screens run it: reconnects forever with a short back-off, and joins its hall again.</summary>
    private static async Task<HubConnection> ConnectAsync(Uri app, int index, ConcurrentDictionary<int, BoardSnapshot> latest)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app, "hubs/queue"))
            .WithAutomaticReconnect(new EveryHalfSecond())
            .Build();
        connection.On<BoardSnapshot>("Snapshot", s => latest[index] = s);
        // Later events keep the board current between snapshots; the test reads the waiting count from either.
        connection.OnEvent<TicketIssuedEvent>((_, batch) =>
        {
            if (latest.TryGetValue(index, out var s) && batch.Lines is { } lines)
            {
                latest[index] = s with { Lines = lines };
            }
        });
        connection.Reconnected += _ => connection.InvokeAsync("JoinHall", "AM");
        await connection.StartAsync();
        await connection.InvokeAsync("JoinHall", "AM");
        return connection;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The boards did not all come back within {limit.TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }
    }

    private sealed class EveryHalfSecond : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime < TimeSpan.FromMinutes(3) ? TimeSpan.FromMilliseconds(500 + Random.Shared.Next(250)) : null;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
