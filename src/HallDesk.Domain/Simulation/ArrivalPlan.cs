namespace HallDesk.Domain.Simulation;

/// <summary>
/// The arrivals of one simulated day, ordered by arrival then id. <see cref="Generate"/> draws a
/// repeatable day from a seed: a morning peak (09–11), a lunch dip and a steadier afternoon.
/// </summary>
public sealed class ArrivalPlan
{
    public const int OpeningSecond = 9 * 3600;
    public const int ClosingSecond = 17 * 3600;

    private const double GreenShare = 0.05;
    private const double AppointmentShare = 0.10;
    private const int SlotSeconds = 15 * 60;

    /// <summary>Relative arrivals per hour from 09:00 to 17:00.</summary>
    private static readonly double[] HourlyWeights = [18, 20, 13, 5, 8, 13, 13, 10];

    private readonly Arrival[] _arrivals;

    public ArrivalPlan(IEnumerable<Arrival> arrivals)
    {
        _arrivals = arrivals.OrderBy(a => a.ArrivalSecond).ThenBy(a => a.Id).ToArray();
        if (_arrivals.Select(a => a.Id).Distinct().Count() != _arrivals.Length)
        {
            throw new ArgumentException("Arrival ids must be unique.", nameof(arrivals));
        }

        if (_arrivals.Any(a => a.ServiceSeconds < 1 || a.ArrivalSecond < 0))
        {
            throw new ArgumentException("Arrivals need a non-negative time and at least one second of service.", nameof(arrivals));
        }
    }

    public IReadOnlyList<Arrival> Arrivals => _arrivals;

    public int GreenCount => _arrivals.Count(a => a.GreenChannel);

    public int AppointmentCount => _arrivals.Count(a => a.HasAppointment);

    public static ArrivalPlan DemoDay(int seed) => Generate(seed, DemoHall.Lines, DemoHall.DailyArrivals);

    public static ArrivalPlan Generate(int seed, IReadOnlyList<SimulatedLine> lines, int arrivalCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arrivalCount);
        if (lines.Count == 0 || lines.Any(l => l.Share <= 0 || l.DefaultMinutes <= 0))
        {
            throw new ArgumentException("Lines need a positive share and default minutes.", nameof(lines));
        }

        var random = new Random(seed);
        var arrivals = new List<Arrival>(arrivalCount);
        for (var id = 1; id <= arrivalCount; id++)
        {
            var second = OpeningSecond + (3600 * Pick(random, HourlyWeights)) + random.Next(3600);
            var line = lines[Pick(random, lines.Select(l => l.Share).ToArray())];
            var kind = random.NextDouble();
            var green = kind < GreenShare;
            int? slot = null;
            if (!green && kind < GreenShare + AppointmentShare)
            {
                // Appointment holders come up to a quarter of an hour before their slot.
                slot = Math.Min(ClosingSecond, ((second / SlotSeconds) + 1) * SlotSeconds);
            }

            arrivals.Add(new Arrival(id, line.Code, second, ServiceSeconds(random, line.DefaultMinutes), green, slot));
        }

        return new ArrivalPlan(arrivals);
    }

    /// <summary>A triangular spread from 0.4× to 1.6× the line's default minutes, mean 1×.</summary>
    private static int ServiceSeconds(Random random, double defaultMinutes)
    {
        var factor = 0.4 + (1.2 * (random.NextDouble() + random.NextDouble()) / 2);
        return Math.Max(30, (int)Math.Round(defaultMinutes * 60 * factor));
    }

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
