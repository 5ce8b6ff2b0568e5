using HallDesk.Domain.Appointments;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// Appointments:SlotMinutes (30), SlotCapacity (4), DaysAhead (5 working days), and the no-show block:
/// NoShowLimit (3) within NoShowWindowDays (90) blocks booking for BlockDays (30); check-in from
/// CheckInEarlyMinutes (30) before a slot to CheckInLateMinutes (15) after its start, after which a sweep
/// every NoShowSweepMinutes (1; 0 turns it off) records the booking as a no-show. BurstSize (5): open bookings
/// from one address or one phone range that the manager's view flags as a burst.
/// </summary>
public sealed class AppointmentSettings(IConfiguration configuration)
{
    public int SlotMinutes { get; } = configuration.GetValue("Appointments:SlotMinutes", 30);

    public int SlotCapacity { get; } = configuration.GetValue("Appointments:SlotCapacity", 4);

    public int DaysAhead { get; } = configuration.GetValue("Appointments:DaysAhead", 5);

    public int NoShowLimit { get; } = configuration.GetValue("Appointments:NoShowLimit", 3);

    public int NoShowWindowDays { get; } = configuration.GetValue("Appointments:NoShowWindowDays", 90);

    public int BlockDays { get; } = configuration.GetValue("Appointments:BlockDays", 30);

    public int BurstSize { get; } = Math.Max(2, configuration.GetValue("Appointments:BurstSize", 5));

    public CheckInWindow CheckIn { get; } = new(
        TimeSpan.FromMinutes(configuration.GetValue("Appointments:CheckInEarlyMinutes", 30)),
        TimeSpan.FromMinutes(configuration.GetValue("Appointments:CheckInLateMinutes", 15)));

    public int NoShowSweepMinutes { get; } = configuration.GetValue("Appointments:NoShowSweepMinutes", 1);

    /// <summary>Open bookings (holding a place, today or later) allowed per phone and per ID number.</summary>
    public int MaxOpenPerPerson { get; } = configuration.GetValue("Appointments:MaxOpenPerPerson", 3);
}
