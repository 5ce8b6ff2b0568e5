using System.Diagnostics;
using System.Globalization;

namespace HallDesk.Benchmarks;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank).</summary>
public sealed record Latency(int Count, double P50, double P95, double P99, double Max)
{
    public static Latency Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Latency(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }

    public static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    public static string Format(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}

/// <summary>Starts rounds at a fixed rate (open loop); a round that runs late makes the next start at once, never two at a time.</summary>
public static class Pacer
{
    public static async Task<TimeSpan> RunAsync(int rounds, double perSecond, Func<int, Task> round, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        for (var i = 0; i < rounds; i++)
        {
            var due = interval * i - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, ct);
            }

            await round(i);
        }

        return Stopwatch.GetElapsedTime(start);
    }
}

/// <summary>Garbage collections during a phase: the usual suspect behind a tail that all boards share.</summary>
public sealed record GcActivity(TimeSpan Pause, int Gen2)
{
    public static readonly GcActivity None = new(TimeSpan.Zero, 0);

    /// <summary>The process's totals so far; subtract with <see cref="Since"/>.</summary>
    public static GcActivity Total() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(2));

    public GcActivity Since(GcActivity start) => new(Pause - start.Pause, Gen2 - start.Gen2);

    public GcActivity Plus(GcActivity other) => new(Pause + other.Pause, Gen2 + other.Gen2);

    public override string ToString() => $"{Pause.TotalMilliseconds:0} ms paused, {Gen2} gen2";
}
