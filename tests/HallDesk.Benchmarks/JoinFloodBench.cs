using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static HallDesk.Benchmarks.Report;

namespace HallDesk.Benchmarks;

/// <summary>
/// Issue 13: "50 connections flooding JoinHall('AM') pushed ticket-issue latency from 13 ms to 116 ms median". A clerk
/// issues and calls at a steady rate while boards listen; in every other block 50 connections call JoinHall('AM') as
/// fast as they can. The limits are raised out of the way (BenchApp), so this measures the hub's ordering, as a flood
/// from many addresses would meet it. Quiet and flooded blocks take turns in the same run.
/// </summary>
public static class JoinFloodBench
{
    public const int Flooders = 50;
    public const int BlockSize = 20;
    public const double Rate = 10;

    public sealed record Result(bool Limited, int Boards, int Rounds, Latency QuietCall, Latency FloodedCall, Latency QuietIssue, Latency FloodedIssue, long Joins, TimeSpan FloodTime)
    {
        public double CallRatio => FloodedCall.P50 / QuietCall.P50;

        public double IssueRatio => FloodedIssue.P50 / QuietIssue.P50;
    }

    /// <summary>Both ways: with the join limit raised (the hub's ordering under a flood that passes), and as deployed.</summary>
    public static async Task<IReadOnlyList<Result>> RunBothAsync(BenchOptions options, CancellationToken ct) =>
        [await RunAsync(options, limited: false, ct), await RunAsync(options, limited: true, ct)];

    public static async Task<Result> RunAsync(BenchOptions options, bool limited, CancellationToken ct)
    {
        // As deployed: RateLimit:HubJoinsPerMinute at its default; every flooder shares the benchmark's one address. The connection
        // limit is raised: its 50 boards and 50 flooders connect from that one address within a minute (60 would refuse them).
        using var app = new BenchApp(settings: limited ? new Dictionary<string, string> { ["RateLimit:HubJoinsPerMinute"] = "60", ["RateLimit:HubConnectionsPerMinute"] = "1000" } : null);
        app.StartServer();
        var clerk = await app.ActorAsync("clerk1");
        await app.Get<OpenCounter>().HandleAsync(clerk, BenchApp.Hall, CallRounds.Counter, ct);
        var issue = app.Get<IssueTicket>();
        var callNext = app.Get<CallNextTicket>();
        var finish = app.Get<FinishService>();
        var boardCount = options.Quick ? 10 : 50;
        await using var boards = await BoardFleet.ConnectAsync(app.BaseAddress, BenchApp.Hall, boardCount, ct);
        var flooders = await Task.WhenAll(Enumerable.Range(0, Flooders).Select(_ => ConnectAsync(app.BaseAddress, ct)));
        Program.Progress($"join flood: {boards.Count} boards, {flooders.Length} flooders connected");

        var (quietCall, floodedCall, quietIssue, floodedIssue) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        async Task RoundAsync(List<double> issues, List<double> calls)
        {
            var started = Stopwatch.GetTimestamp();
            await issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, "A", null, false), clerk, ct);
            issues.Add(Latency.Milliseconds(started, Stopwatch.GetTimestamp()));
            started = Stopwatch.GetTimestamp();
            await callNext.HandleAsync(clerk, ct);
            calls.Add(Latency.Milliseconds(started, Stopwatch.GetTimestamp()));
            await finish.HandleAsync(clerk, ct);
        }

        await Pacer.RunAsync(options.WarmupRounds, Rate, _ => RoundAsync([], []), ct);
        var rounds = options.Quick ? 60 : 300;
        long joins = 0;
        var floodTime = TimeSpan.Zero;
        for (var done = 0; done < rounds; done += 2 * BlockSize)
        {
            await Pacer.RunAsync(BlockSize, Rate, _ => RoundAsync(quietIssue, quietCall), ct);

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var flood = flooders.Select(f => FloodAsync(f, stop.Token)).ToArray();
            floodTime += await Pacer.RunAsync(BlockSize, Rate, _ => RoundAsync(floodedIssue, floodedCall), ct);
            await stop.CancelAsync();
            joins += (await Task.WhenAll(flood)).Sum();
        }

        foreach (var flooder in flooders)
        {
            await flooder.DisposeAsync();
        }

        Program.Progress($"join flood: {joins} joins during {floodTime.TotalSeconds:0.0} s of flood");
        return new Result(limited, boards.Count, rounds, Latency.Of(quietCall), Latency.Of(floodedCall), Latency.Of(quietIssue), Latency.Of(floodedIssue), joins, floodTime);
    }

    public static string Print(IReadOnlyList<Result> results) => string.Join(Environment.NewLine, results.Select(Print));

    public static string Print(Result r)
    {
        var text = new StringBuilder();
        text.AppendLine(r.Limited ? "## Clerk's call under a JoinHall flood, join limit as deployed" : "## Clerk's call under a JoinHall flood, join limit raised").AppendLine();
        var how = r.Limited
            ? " (joins and connections limited to 60 a minute per address, as deployed: most are refused, a connection refused 3 times is closed and reconnecting meets the connection limit)."
            : " (limits raised, so every join is served, as a flood from many addresses would be).";
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Boards} boards joined; a clerk issues and calls at {F(Rate)} rounds/s, blocks of {BlockSize} rounds taking turns quiet / flooded ({r.Rounds} rounds in all); while flooded, {Flooders} connections from one address call JoinHall('{BenchApp.Hall}') back to back") + how);
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, "CallNextTicket, quiet", r.QuietCall);
        Row(text, "CallNextTicket, join flood", r.FloodedCall);
        Row(text, "IssueTicket, quiet", r.QuietIssue);
        Row(text, "IssueTicket, join flood", r.FloodedIssue);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        var kind = r.Limited ? "limited" : "raised";
        Figures.Record($"joinflood_{kind}_call_ratio", r.CallRatio);
        Figures.Record($"joinflood_{kind}_issue_ratio", r.IssueRatio);
        Figure(text, "**call p50 flooded / quiet** (target ≤ 2)", $"**{F(r.CallRatio)}**");
        Figure(text, "issue p50 flooded / quiet", F(r.IssueRatio));
        Figure(text, "joins served during the flood", $"{r.Joins:N0} ({F(r.Joins / Math.Max(0.001, r.FloodTime.TotalSeconds))} /s)");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    private static async Task<HubConnection> ConnectAsync(Uri baseAddress, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "/hubs/queue")).Build();
        connection.On<JsonElement>(nameof(IQueueClient.Snapshot), _ => { });
        connection.On<JsonElement>(nameof(IQueueClient.Events), _ => { });

        await connection.StartAsync(ct);
        return connection;
    }

    /// <summary>Joins back to back; a refused join is retried at once, a closed connection reconnected at once.</summary>
    private static async Task<long> FloodAsync(HubConnection connection, CancellationToken stop)
    {
        long joins = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (connection.State == HubConnectionState.Disconnected)
                {
                    await connection.StartAsync(stop);
                }

                await connection.InvokeAsync("JoinHall", BenchApp.Hall, stop);
                joins++;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (Exception ex) when (ex is HubException or HttpRequestException or InvalidOperationException)
            {
                // Refused, closed, or a reconnect refused with 429: the flood goes on.
            }
        }

        return joins;
    }
}
