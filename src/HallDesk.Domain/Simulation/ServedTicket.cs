namespace HallDesk.Domain.Simulation;

/// <summary>An arrival as the simulation served it: which counter, and when service began.</summary>
public sealed record ServedTicket(Arrival Arrival, int CounterNumber, int StartSecond)
{
    public int WaitSeconds => StartSecond - Arrival.ArrivalSecond;

    public int FinishSecond => StartSecond + Arrival.ServiceSeconds;
}
