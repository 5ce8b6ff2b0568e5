using System.Diagnostics;

namespace HallDesk.Benchmarks;

/// <summary>
/// Call → board latency at a city's scale of screens on one node (1,000 boards by default): the call
/// rounds of the first phase, full path against a bare broadcast of the same payload to the same
/// connections, on a fresh app so that nothing of the earlier phases is in the way.
/// </summary>
public static class ManyBoardsBench
{
    public sealed record Result(
        int Boards,
        int Calls,
        double Rate,
        TimeSpan Connect,
        TimeSpan BareConnect,
        IReadOnlyDictionary<CallKind, CallLatencyBench.Result> Kinds,
        Report.Memory Memory);

    public static async Task<Result> RunAsync(BenchOptions options, CancellationToken ct)
    {
        using var app = new BenchApp();
        app.StartServer();
        var clerk = await app.ActorAsync("clerk1");

        // The baseline: as many bare connections (no JoinHall, no snapshot), after a few to warm the connection path up.
        _ = await BoardFleet.ConnectBareAsync(app.BaseAddress, 50, ct);
        var bare = await BoardFleet.ConnectBareAsync(app.BaseAddress, options.ManyBoards, ct);
        Program.Progress($"many boards: {options.ManyBoards} bare connections in {bare.TotalSeconds:0.0} s");

        var before = ProcessMemory.Now();
        var start = Stopwatch.GetTimestamp();
        await using var boards = await BoardFleet.ConnectAsync(app.BaseAddress, BenchApp.Hall, options.ManyBoards, ct);
        var connect = Stopwatch.GetElapsedTime(start);
        var after = ProcessMemory.Now();
        Program.Progress($"many boards: {boards.Count} joined in {connect.TotalSeconds:0.0} s");

        var kinds = await new CallLatencyBench(app, boards, clerk).RunAsync(options.ManyCalls, BenchOptions.ManyRate, options.WarmupRounds, ct);
        Program.Progress($"many boards: {options.ManyCalls} rounds of each kind");
        return new Result(
            boards.Count,
            options.ManyCalls,
            BenchOptions.ManyRate,
            connect,
            bare,
            kinds,
            new Report.Memory(before.WorkingSet, after.WorkingSet, before.Heap, after.Heap, boards.Count));
    }
}
