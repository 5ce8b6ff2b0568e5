namespace HallDesk.Domain.Simulation;

/// <summary>
/// One citizen of a simulated day: takes a ticket of <paramref name="LineCode"/> at
/// <paramref name="ArrivalSecond"/> (seconds since midnight) and keeps a counter busy for
/// <paramref name="ServiceSeconds"/>. An appointment holder carries the slot's second.
/// </summary>
public sealed record Arrival(
    int Id,
    string LineCode,
    int ArrivalSecond,
    int ServiceSeconds,
    bool GreenChannel = false,
    int? AppointmentSecond = null)
{
    public bool HasAppointment => AppointmentSecond is not null;
}
