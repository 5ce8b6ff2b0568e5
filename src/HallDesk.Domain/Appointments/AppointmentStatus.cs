namespace HallDesk.Domain.Appointments;

public enum AppointmentStatus
{
    /// <summary>已预约: holds a place in its slot.</summary>
    Booked = 0,

    /// <summary>已取消: the place is free again.</summary>
    Cancelled = 1,

    /// <summary>已签到: the citizen came.</summary>
    CheckedIn = 2,

    /// <summary>爽约: the citizen did not come; counts towards a booking block.</summary>
    NoShow = 3,
}
