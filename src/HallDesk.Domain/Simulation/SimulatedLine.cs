namespace HallDesk.Domain.Simulation;

/// <summary>A queue line of the simulated hall: its default service minutes and its share of the day's arrivals.</summary>
public sealed record SimulatedLine(string Code, double DefaultMinutes, double Share);
