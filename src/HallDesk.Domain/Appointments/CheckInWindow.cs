namespace HallDesk.Domain.Appointments;

/// <summary>签到窗口: how long before a slot's start a booking may check in, and how late it still may.</summary>
public sealed record CheckInWindow
{
    public CheckInWindow(TimeSpan early, TimeSpan late)
    {
        if (early < TimeSpan.Zero || late < TimeSpan.Zero || early > TimeSpan.FromHours(4) || late > TimeSpan.FromHours(4))
        {
            throw new DomainException("CheckIn.WindowRange");
        }

        Early = early;
        Late = late;
    }

    public TimeSpan Early { get; }

    public TimeSpan Late { get; }
}
