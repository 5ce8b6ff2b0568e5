namespace HallDesk.Domain.Simulation;

/// <summary>Chooses which waiting ticket a free counter calls in a simulation.</summary>
public interface IRoutingPolicy
{
    string Name { get; }

    /// <summary>
    /// Picks one of <paramref name="waiting"/> (ordered by arrival, then id) that the counter serves,
    /// or null when none may be called now.
    /// </summary>
    Arrival? PickNext(SimulatedCounter counter, IReadOnlyList<Arrival> waiting, int nowSecond);
}
