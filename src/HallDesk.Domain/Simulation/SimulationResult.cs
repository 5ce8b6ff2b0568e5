namespace HallDesk.Domain.Simulation;

/// <summary>What one routing policy made of a day: every served ticket and the wait figures in minutes.</summary>
public sealed class SimulationResult
{
    public SimulationResult(string policyName, IReadOnlyList<ServedTicket> served)
    {
        PolicyName = policyName;
        Served = served;
        var waits = served.Select(s => s.WaitSeconds / 60.0).ToArray();
        MeanWaitMinutes = WaitStatistics.Mean(waits);
        P90WaitMinutes = WaitStatistics.Percentile(waits, 0.9);
        MaxWaitMinutes = waits.Length == 0 ? 0 : waits.Max();
        MeanWaitByLine = served
            .GroupBy(s => s.Arrival.LineCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(s => s.WaitSeconds / 60.0));
        AppointmentMeanWaitMinutes = MeanOf(served.Where(s => s.Arrival.HasAppointment));
        GreenMeanWaitMinutes = MeanOf(served.Where(s => s.Arrival.GreenChannel));
        LastFinishSecond = served.Count == 0 ? 0 : served.Max(s => s.FinishSecond);
    }

    public string PolicyName { get; }

    public IReadOnlyList<ServedTicket> Served { get; }

    public int ServedCount => Served.Count;

    public double MeanWaitMinutes { get; }

    public double P90WaitMinutes { get; }

    public double MaxWaitMinutes { get; }

    public IReadOnlyDictionary<string, double> MeanWaitByLine { get; }

    public double AppointmentMeanWaitMinutes { get; }

    public double GreenMeanWaitMinutes { get; }

    public int LastFinishSecond { get; }

    private static double MeanOf(IEnumerable<ServedTicket> tickets) =>
        WaitStatistics.Mean(tickets.Select(s => s.WaitSeconds / 60.0).ToArray());
}
