namespace HallDesk.Web.Infrastructure;

/// <summary>
/// The limits of the public doors, per client address (<c>RateLimit:*</c>; README, Configuration). Behind nginx the
/// address is the citizen's only when <c>ReverseProxy:TrustedProxies</c> names nginx.
/// </summary>
public sealed class RateLimitSettings
{
    /// <summary>Requests a minute on the public API (/api/v1).</summary>
    public int PublicPerMinute { get; set; } = 600;

    /// <summary>HTTP requests a minute for the public pages (kiosk, progress, appointments, evaluate, login) and logout.</summary>
    public int PagesPerMinute { get; set; } = 60;

    /// <summary>Tickets a minute from one address, kiosk and API together (walk-in tickets and 预约签到 attempts).</summary>
    public int TicketsPerMinute { get; set; } = 30;

    /// <summary>Tickets a minute from one kiosk screen (one circuit), so one kiosk cannot empty a line's numbers.</summary>
    public int TicketsPerKioskPerMinute { get; set; } = 10;

    /// <summary>Connections a minute to the queue hub (/hubs/queue) from one address.</summary>
    public int HubConnectionsPerMinute { get; set; } = 60;

    /// <summary><c>JoinHall</c> calls a minute from one address.</summary>
    public int HubJoinsPerMinute { get; set; } = 60;

    /// <summary>Failed sign-ins from one address within <see cref="LoginFailureWindowMinutes"/>; then 429 until the window ends.</summary>
    public int LoginFailuresPerAddress { get; set; } = 10;

    public int LoginFailureWindowMinutes { get; set; } = 15;

    /// <summary>SMS verification codes an hour from one address (counted in the database, so every node counts the same).</summary>
    public int CodesPerAddressPerHour { get; set; } = 10;
}
