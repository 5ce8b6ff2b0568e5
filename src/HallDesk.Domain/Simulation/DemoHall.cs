namespace HallDesk.Domain.Simulation;

/// <summary>
/// The demo hall as the simulator sees it. Mirrors HallDesk.Web/Data/DemoData (lines A–E and
/// counters 1–8), which the domain cannot reference; the shares are an assumed mix of a weekday.
/// </summary>
public static class DemoHall
{
    /// <summary>About 80% of the eight counters' day, so the morning peak builds a real queue.</summary>
    public const int DailyArrivals = 420;

    public static IReadOnlyList<SimulatedLine> Lines { get; } =
    [
        new("A", 8, 0.35),
        new("B", 12, 0.10),
        new("C", 6, 0.25),
        new("D", 10, 0.10),
        new("E", 4, 0.20),
    ];

    public static IReadOnlyList<SimulatedCounter> Counters { get; } =
    [
        new(1, ["A", "E"]),
        new(2, ["A", "E"]),
        new(3, ["A", "C"]),
        new(4, ["A", "D"]),
        new(5, ["B", "A"]),
        new(6, ["C", "A"]),
        new(7, ["D", "A"]),
        new(8, ["E", "A"]),
    ];
}
