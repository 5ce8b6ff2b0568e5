using HallDesk.Testing;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace HallDesk.Benchmarks;

/// <summary>
/// The app restarts (SIGTERM, then a new process on the same port and SQLite file) under N connected
/// boards; each board reconnects by itself and joins its hall again. Timed from the stop until every
/// board has its snapshot, against the same boards connecting from cold to the running app.
/// </summary>
public static class ReconnectStormBench
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    /// <param name="Cold">Each board's time to its first snapshot when all connect at once to a running app (the baseline).</param>
    /// <param name="Storm">Each board's time to its snapshot after the restart, from the moment the stop began.</param>
    /// <param name="Stopped">From the stop until the old process had exited.</param>
    /// <param name="Answering">From the stop until the new process answered /health.</param>
    /// <param name="Published">The published folder restarted, or null for the build's HallDesk.Web.dll.</param>
    public sealed record Result(int Boards, Latency Cold, Latency Storm, TimeSpan Stopped, TimeSpan Answering, int Missing, int ConnectedAtEnd, string? Published);

    /// <param name="published">A published app's folder to run instead of the build's dll (the README's deployment).</param>
    public static async Task<Result> RunAsync(int boards, string? published, CancellationToken ct)
    {
        var webDll = published is null ? null : Path.Combine(published, "HallDesk.Web.dll");
        var folder = Path.Combine(Path.GetTempPath(), "halldesk-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "halldesk.db");
        try
        {
            await using var first = new AppProcess(StormSettings(database), output: Console.Error.WriteLine, webDll: webDll);
            await first.StartAsync(ct);
            Program.Progress($"storm: app process on {first.BaseAddress}");
            await using var second = new AppProcess(StormSettings(database), first.Port, Console.Error.WriteLine, webDll);
            await using var fleet = new ReconnectingFleet(first.BaseAddress, BenchApp.Hall, boards);

            var cold = fleet.ExpectSnapshots();
            await fleet.ConnectAllAsync(ct);
            await cold.All.WaitAsync(Wait, ct);
            Program.Progress($"storm: {boards} boards connected from cold in {Latency.Format(Latency.Of(cold.Milliseconds()).Max)} ms");

            var storm = fleet.ExpectSnapshots();
            await first.StopAsync(ct);
            var stopped = Stopwatch.GetElapsedTime(storm.Start);
            await second.StartAsync(ct);
            var answering = Stopwatch.GetElapsedTime(storm.Start);
            try
            {
                await storm.All.WaitAsync(Wait, ct);
            }
            catch (TimeoutException)
            {
                // Reported as boards missing rather than failing the run.
            }

            Program.Progress($"storm: {boards - storm.Missing} of {boards} boards back");
            return new Result(boards, Latency.Of(cold.Milliseconds()), Latency.Of(storm.Milliseconds()), stopped, answering, storm.Missing, fleet.Connected, published);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held on a slow shutdown is left to the temp folder's cleaner.
            }
        }
    }

    /// <summary>The app over this phase's SQLite file, the demo seeded, printing only its errors.</summary>
    private static Dictionary<string, string> StormSettings(string database) => new()
    {
        ["ConnectionStrings__HallDesk"] = $"Data Source={database}",
        ["Demo__Seed"] = "true",
        ["Demo__History"] = "false",
        ["Demo__Password"] = BenchApp.Password,
        ["Logging__LogLevel__Default"] = "Error",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Error",
    };
}
