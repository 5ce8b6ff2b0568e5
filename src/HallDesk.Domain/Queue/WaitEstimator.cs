namespace HallDesk.Domain.Queue;

public static class WaitEstimator
{
    /// <summary>Services this many of the most recent ones make today's mean; fewer fall back to the line's default.</summary>
    public const int MinimumSamples = 5;

    /// <summary>
    /// Minutes until someone with <paramref name="ahead"/> people before them is called:
    /// ahead × mean service time ÷ counters open for the line (at least one).
    /// </summary>
    public static int EstimateMinutes(int ahead, double meanServiceMinutes, int openCounters)
    {
        if (ahead <= 0)
        {
            return 0;
        }

        var counters = Math.Max(1, openCounters);
        return (int)Math.Ceiling(ahead * meanServiceMinutes / counters);
    }

    /// <summary>Today's mean service minutes from recent services, or the default when there are too few.</summary>
    public static double MeanServiceMinutes(IReadOnlyCollection<TimeSpan> recentServices, double defaultMinutes) =>
        recentServices.Count < MinimumSamples
            ? defaultMinutes
            : Math.Max(0.5, recentServices.Average(s => s.TotalMinutes));
}
