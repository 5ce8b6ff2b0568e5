using System.Globalization;
using System.Text;
using static HallDesk.Benchmarks.Report;

namespace HallDesk.Benchmarks;

/// <summary>
/// Call → board latency across two nodes: the clerk calls on node A; half the boards are on node A and half on
/// node B, both nodes over one PostgreSQL database with the SignalR Redis backplane (<c>SignalR:Redis</c>).
/// Baseline: the same number of boards all on node A, same database and backplane. Runs when given
/// <c>--postgres</c> and <c>--redis</c>.
/// </summary>
public static class TwoNodeCallBench
{
    public const string Title = "Call → board across two nodes (PostgreSQL + Redis backplane)";

    public sealed record Result(
        int Boards, int Calls, double Rate,
        IReadOnlyDictionary<CallKind, CallLatencyBench.Result> OneNode,
        IReadOnlyDictionary<CallKind, CallLatencyBench.Result> TwoNodes);

    public static async Task<string> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (options.Postgres is not { } postgres || options.Redis is not { } redis)
        {
            return ScaleReport.Skipped(Title, "needs --postgres \"Host=…\" and --redis 127.0.0.1:6379");
        }

        var boards = options.ManyBoards;
        using var store = new BenchStore(postgres, redis);
        using var nodeA = new BenchApp(store);
        nodeA.StartServer();
        using var nodeB = new BenchApp(store);
        nodeB.StartServer();
        var clerk = await nodeA.ActorAsync("clerk1");

        IReadOnlyDictionary<CallKind, CallLatencyBench.Result> oneNode;
        await using (var onA = await BoardFleet.ConnectAsync(nodeA.BaseAddress, BenchApp.Hall, boards, ct))
        {
            Program.Progress($"two nodes: {onA.Count} boards on node A");
            oneNode = await new CallLatencyBench(nodeA, onA, clerk).RunAsync(options.ManyCalls, BenchOptions.ManyRate, options.WarmupRounds, ct);
        }

        IReadOnlyDictionary<CallKind, CallLatencyBench.Result> twoNodes;
        await using (var split = await BoardFleet.ConnectSplitAsync([nodeA.BaseAddress, nodeB.BaseAddress], BenchApp.Hall, boards, ct))
        {
            Program.Progress($"two nodes: {split.Count} boards, half on each node");
            twoNodes = await new CallLatencyBench(nodeA, split, clerk).RunAsync(options.ManyCalls, BenchOptions.ManyRate, options.WarmupRounds, ct);
        }

        return Print(new Result(boards, options.ManyCalls, BenchOptions.ManyRate, oneNode, twoNodes));
    }

    private static string Print(Result r)
    {
        Figures.Record($"twonodes{r.Boards}_p99_ms", r.TwoNodes[CallKind.Full].ToBoards.P99);
        Figures.Record($"twonodes{r.Boards}_p99_ratio", r.TwoNodes[CallKind.Full].ToBoards.P99 / r.OneNode[CallKind.Full].ToBoards.P99);
        Figures.Record($"twonodes{r.Boards}_missing", r.OneNode[CallKind.Full].Missing + r.TwoNodes[CallKind.Full].Missing);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {Title}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{r.Boards:N0} boards; {r.Calls} calls at {F(r.Rate)} calls/s made on node A (CallNextTicket, PostgreSQL 15 on 127.0.0.1); both nodes and all boards in this one process on the same two cores, Redis 7 on 127.0.0.1. Baseline: the same boards all on node A.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, $"call → board, {r.Boards:N0} boards on node A (baseline)", r.OneNode[CallKind.Full].ToBoards);
        Row(text, $"call → board, {r.Boards / 2:N0} on node A + {r.Boards - (r.Boards / 2):N0} on node B", r.TwoNodes[CallKind.Full].ToBoards);
        RatioRow(text, "**ratio two nodes / one node**", r.TwoNodes[CallKind.Full].ToBoards, r.OneNode[CallKind.Full].ToBoards, bold: true);
        Row(text, "bare hub broadcast of the same message, one node", r.OneNode[CallKind.Bare].ToBoards);
        Row(text, "bare hub broadcast of the same message, two nodes (through Redis)", r.TwoNodes[CallKind.Bare].ToBoards);
        Row(text, "CallNextTicket.HandleAsync alone, one node", r.OneNode[CallKind.Full].Step);
        Row(text, "CallNextTicket.HandleAsync alone, two nodes", r.TwoNodes[CallKind.Full].Step);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "deliveries missing after 30 s (one node / two nodes)", $"{r.OneNode[CallKind.Full].Missing} / {r.TwoNodes[CallKind.Full].Missing}");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }
}
