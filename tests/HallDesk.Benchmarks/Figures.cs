using System.Text.Json;

namespace HallDesk.Benchmarks;

/// <summary>
/// Every figure a run prints, under a stable name (<c>clerks200_p95_ms</c>, <c>busyday_cpu_ratio</c>, …), for
/// <c>--json FILE</c>: runs on different days or machines compare by name, and the README's tables come from it.
/// </summary>
public static class Figures
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly Dictionary<string, double> Recorded = new(StringComparer.Ordinal);
    private static readonly List<string> Unfinished = [];

    public static void Record(string name, double value)
    {
        lock (Recorded)
        {
            Recorded[name] = double.IsFinite(value) ? Math.Round(value, 3) : double.NaN;
        }
    }

    /// <summary>A phase that ran out of time or failed: named in the file, so a missing figure is never mistaken for a zero.</summary>
    public static void Unfinish(string phase)
    {
        lock (Recorded)
        {
            Unfinished.Add(phase);
        }
    }

    public static async Task WriteAsync(string path, string machine)
    {
        Dictionary<string, double?> figures;
        List<string> unfinished;
        lock (Recorded)
        {
            figures = Recorded.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => double.IsNaN(f.Value) ? null : (double?)f.Value);
            unfinished = [.. Unfinished];
        }

        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { machine, at = DateTimeOffset.UtcNow, figures, unfinished }, Indented);
    }
}
