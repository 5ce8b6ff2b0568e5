namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// Appointments:SlotMinutes (30), SlotCapacity (4), DaysAhead (5 working days), and the no-show block:
/// NoShowLimit (3) within NoShowWindowDays (90) blocks booking for BlockDays (30).
/// </summary>
public sealed class AppointmentSettings(IConfiguration configuration)
{
    public int SlotMinutes { get; } = configuration.GetValue("Appointments:SlotMinutes", 30);

    public int SlotCapacity { get; } = configuration.GetValue("Appointments:SlotCapacity", 4);

    public int DaysAhead { get; } = configuration.GetValue("Appointments:DaysAhead", 5);

    public int NoShowLimit { get; } = configuration.GetValue("Appointments:NoShowLimit", 3);

    public int NoShowWindowDays { get; } = configuration.GetValue("Appointments:NoShowWindowDays", 90);

    public int BlockDays { get; } = configuration.GetValue("Appointments:BlockDays", 30);
}
