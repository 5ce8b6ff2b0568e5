namespace HallDesk.Benchmarks;

/// <summary>
/// Ticket issue throughput, SQLite against PostgreSQL: the ticket-issue phase run once per provider in
/// the same run (a fresh app each, set through <c>Database:Provider</c> and <c>ConnectionStrings:HallDesk</c>),
/// with the ratio. Runs when given <c>--postgres</c> and a build that has the PostgreSQL provider (issue 8).
/// </summary>
public static class ProviderComparisonBench
{
    public const string Title = "SQLite vs PostgreSQL: ticket issue throughput";

    public static string Run(BenchOptions options) =>
        ScaleReport.Skipped(Title, options.Postgres is null
            ? "needs --postgres \"Host=127.0.0.1;Port=5432;Database=…;Username=…;Password=…\""
            : "needs --postgres and the PostgreSQL provider (Database:Provider=PostgreSql), which this build of the app does not have");
}
