namespace HallDesk.Domain.Simulation;

public static class WaitStatistics
{
    public static double Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? 0 : values.Average();

    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="fraction"/> of the values at or below it.</summary>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(Math.Round(fraction * sorted.Length, 9));
        return sorted[Math.Max(rank, 1) - 1];
    }
}
