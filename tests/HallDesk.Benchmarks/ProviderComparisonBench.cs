using System.Globalization;
using System.Text;
using static HallDesk.Benchmarks.Report;

namespace HallDesk.Benchmarks;

/// <summary>
/// Ticket issue throughput, SQLite against PostgreSQL: the ticket-issue phase run once per provider in the same run
/// (a fresh app each, set through <c>Database:Provider</c> and <c>ConnectionStrings:HallDesk</c>), with the ratio.
/// Runs when given <c>--postgres</c>.
/// </summary>
public static class ProviderComparisonBench
{
    public const string Title = "SQLite vs PostgreSQL: ticket issue throughput";

    public static async Task<string> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (options.Postgres is not { } postgres)
        {
            return ScaleReport.Skipped(Title, "needs --postgres \"Host=127.0.0.1;Port=5432;Username=…;Password=…\"");
        }

        IssueThroughputBench.Result sqlite;
        using (var app = new BenchApp())
        {
            app.StartServer();
            sqlite = await new IssueThroughputBench(app).RunAsync(options.Workers, options.Seconds, ct);
        }

        Program.Progress($"postgres: SQLite issued {sqlite.Created} tickets");
        IssueThroughputBench.Result onPostgres;
        using (var store = new BenchStore(postgres, redis: null))
        {
            using var app = new BenchApp(store);
            app.StartServer();
            onPostgres = await new IssueThroughputBench(app).RunAsync(options.Workers, options.Seconds, ct);
        }

        Program.Progress($"postgres: PostgreSQL issued {onPostgres.Created} tickets");
        Figures.Record("issue_pg_per_s", onPostgres.PerSecond);
        Figures.Record("issue_pg_ratio", onPostgres.PerSecond / sqlite.PerSecond);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {Title}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"POST /api/v1/halls/AM/tickets (line {IssueThroughputBench.Line}) from {options.Workers} workers for {options.Seconds} s against a fresh app on each provider, same machine; PostgreSQL 15 on 127.0.0.1 with fsync and synchronous_commit on, SQLite in WAL with synchronous=FULL.");
        text.AppendLine();
        text.AppendLine("| provider | tickets/s | p50 ms | p95 ms | p99 ms | non-201 | numbering check |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        Line(text, "SQLite (baseline)", sqlite);
        Line(text, "PostgreSQL", onPostgres);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **ratio PostgreSQL / SQLite** | **{F(onPostgres.PerSecond / sqlite.PerSecond)}×** | {F(onPostgres.Latency.P50 / sqlite.Latency.P50)}× | {F(onPostgres.Latency.P95 / sqlite.Latency.P95)}× | {F(onPostgres.Latency.P99 / sqlite.Latency.P99)}× | | |");
        text.AppendLine();
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, IssueThroughputBench.Result r) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {F(r.PerSecond)} | {F(r.Latency.P50)} | {F(r.Latency.P95)} | {F(r.Latency.P99)} | {r.NonCreated} | {(r.Check.Ok ? "ok" : "FAILED")} |");
}
