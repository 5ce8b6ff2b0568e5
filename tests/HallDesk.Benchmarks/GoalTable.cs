using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HallDesk.Benchmarks;

/// <summary>
/// <c>--table FILE</c>: the goals of the performance issues (21 and 23) against the figures a run wrote with
/// <c>--json</c>, as the Markdown table the README shows. A figure the run did not measure says so; none is guessed.
/// </summary>
public static class GoalTable
{
    /// <param name="AtMost">True when the figure must not exceed the goal; false when it must reach it.</param>
    public sealed record Goal(string Figure, string Name, double Target, bool AtMost, string Unit);

    public static readonly IReadOnlyList<Goal> Goals =
    [
        new("clerks200_p95_ms", "200 clerks of one hall press 叫号 at once, p95", 100, true, "ms"),
        new("clerks200_p99_ms", "the same, p99", 150, true, "ms"),
        new("clerks50_p95_ms", "50 clerks of one hall at once, p95 (no goal of its own; the 200's)", 100, true, "ms"),
        new("issue_sqlite_per_s", "ticket issue over HTTP, SQLite", 2000, false, "/s"),
        new("issue_pg_per_s", "ticket issue over HTTP, PostgreSQL", 1000, false, "/s"),
        new("boards1000_p99_ratio", "call → 1,000 boards, p99 against a bare broadcast", 1.3, true, "×"),
        new("boards1000_p99_ms", "call → 1,000 boards, p99", 60, true, "ms"),
        new("boards200_p99_ratio", "call → 200 boards, p99 against a bare broadcast", 1.5, true, "×"),
        new("join1000_s", "1,000 boards connect and join", 1, true, "s"),
        new("storm_ratio", "restart under 300 boards, every board back, against a cold connect", 1.5, true, "×"),
        new("start_to_health_ms", "restart: app start to /health", 1000, true, "ms"),
        new("receipts_per_s", "受理通知书 PDFs per second, all cores", 150, false, "/s"),
        new("receipt_alloc_kb", "allocated per 受理通知书", 1024, true, "KB"),
        new("receipt_ratio", "受理通知书 against a bare PDFsharp page", 1.5, true, "×"),
        new("report90k_p50_ms", "manager report, a month of 90,000 tickets, p50", 50, true, "ms"),
        new("circuit_kb", "server heap per interactive kiosk circuit", 250, true, "KB"),
        new("busyday_click_ratio", "busy day / empty day: click → console, p50", 1.3, true, "×"),
        new("busyday_cpu_ratio", "busy day / empty day: app CPU per action", 1.5, true, "×"),
        new("busyday_issue_ratio", "busy day / empty day: ticket issue, p50", 1.2, true, "×"),
        new("busyday_board_ratio", "busy day / empty day: board snapshot, p50", 1.2, true, "×"),
        new("consoles30_cpu_ratio", "30 other consoles open / the clerk alone: app CPU per action", 1.5, true, "×"),
        new("wholeday_p95_ratio", "accelerated day, last hour / first: click p95", 1.3, true, "×"),
        new("wholeday_cpu_ratio", "accelerated day, last hour / first: CPU per action", 1.3, true, "×"),
    ];

    /// <summary>The figures of one or more runs' files; a figure of an earlier file stands, a later file fills what it lacks.</summary>
    public static async Task<string> FromFilesAsync(IReadOnlyList<string> paths)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        var runs = new List<string>();
        foreach (var path in paths)
        {
            await using var file = File.OpenRead(path);
            using var json = await JsonDocument.ParseAsync(file);
            foreach (var f in json.RootElement.GetProperty("figures").EnumerateObject())
            {
                if (f.Value.ValueKind == JsonValueKind.Number)
                {
                    figures.TryAdd(f.Name, f.Value.GetDouble());
                }
            }

            runs.Add(json.RootElement.TryGetProperty("at", out var at) ? at.GetString() ?? "(no date)" : "(no date)");
        }

        return Render(figures, string.Join(", then ", runs));
    }

    public static string Render(IReadOnlyDictionary<string, double> figures, string? at)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Figures of the run(s) written {at ?? "(no date)"}:");
        table.AppendLine();
        table.AppendLine("| figure | JSON name | measured | goal | met |");
        table.AppendLine("| --- | --- | ---: | ---: | --- |");
        foreach (var goal in Goals)
        {
            var target = $"{(goal.AtMost ? "≤" : "≥")} {Number(goal.Target)} {goal.Unit}";
            var (value, met) = figures.TryGetValue(goal.Figure, out var v)
                ? ($"{Number(v)} {goal.Unit}", (goal.AtMost ? v <= goal.Target : v >= goal.Target) ? "yes" : "**no**")
                : ("not measured", "—");
            table.AppendLine(CultureInfo.InvariantCulture, $"| {goal.Name} | `{goal.Figure}` | {value} | {target} | {met} |");
        }

        return table.ToString();
    }

    private static string Number(double value) =>
        value.ToString(value >= 100 ? "#,0" : value >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture);
}
