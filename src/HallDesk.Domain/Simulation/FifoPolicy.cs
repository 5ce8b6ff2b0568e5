namespace HallDesk.Domain.Simulation;

/// <summary>First come, first served: the oldest waiting ticket of any line the counter serves.</summary>
public sealed class FifoPolicy : IRoutingPolicy
{
    public string Name => "FIFO";

    public Arrival? PickNext(SimulatedCounter counter, IReadOnlyList<Arrival> waiting, int nowSecond)
    {
        foreach (var ticket in waiting)
        {
            if (counter.Serves(ticket.LineCode))
            {
                return ticket;
            }
        }

        return null;
    }
}
