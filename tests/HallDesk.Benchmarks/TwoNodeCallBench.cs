namespace HallDesk.Benchmarks;

/// <summary>
/// Call → board latency across two nodes: boards on node B, the clerk calling on node A, both over one
/// PostgreSQL database with the SignalR Redis backplane (<c>SignalR:Redis</c>); against the same boards
/// on node A (one node, same database). Runs when given <c>--postgres</c> and <c>--redis</c> and a build that
/// has both (issue 8).
/// </summary>
public static class TwoNodeCallBench
{
    public const string Title = "Call → board across two nodes (PostgreSQL + Redis backplane)";

    public static string Run(BenchOptions options) =>
        ScaleReport.Skipped(Title, options.Postgres is null || options.Redis is null
            ? "needs --postgres \"Host=…\" and --redis 127.0.0.1:6379"
            : "needs --postgres, --redis and the PostgreSQL provider with the Redis backplane (SignalR:Redis), which this build of the app does not have");
}
