using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HallDesk.Web.Infrastructure;

/// <summary>A public door whose limit is checked in code rather than by the HTTP pipeline.</summary>
public enum Door
{
    /// <summary>取号 and 预约签到, at the kiosk (a circuit) and through the API, shared.</summary>
    Tickets,

    /// <summary><c>JoinHall</c> on the queue hub.</summary>
    HubJoins,

    /// <summary>Failed sign-ins; counted after each failure, checked before each attempt.</summary>
    LoginFailures,
}

/// <summary>
/// Per-address limits for the doors that are not plain HTTP requests: a kiosk's circuit issues tickets long after
/// its page was loaded, and a hub connection calls <c>JoinHall</c> many times. Circuits and hub calls know their
/// address from the request that started them.
/// </summary>
public sealed class DoorLimiter : IDisposable
{
    private readonly RateLimitSettings _settings;
    private readonly Dictionary<Door, PartitionedRateLimiter<string>> _doors;

    public DoorLimiter(IOptions<RateLimitSettings> settings)
    {
        _settings = settings.Value;
        _doors = new()
        {
            [Door.Tickets] = PerAddress(_settings.TicketsPerMinute, TimeSpan.FromMinutes(1)),
            [Door.HubJoins] = PerAddress(_settings.HubJoinsPerMinute, TimeSpan.FromMinutes(1)),
            [Door.LoginFailures] = PerAddress(_settings.LoginFailuresPerAddress, TimeSpan.FromMinutes(_settings.LoginFailureWindowMinutes)),
        };
    }

    public RateLimitSettings Settings => _settings;

    /// <summary>Takes one permit of the address at the door; false when the address is over its limit.</summary>
    public bool TryEnter(Door door, string? address)
    {
        using var lease = _doors[door].AttemptAcquire(Key(address));
        return lease.IsAcquired;
    }

    /// <summary>Whether the address has permits left at the door, without taking one.</summary>
    public bool IsOpen(Door door, string? address) =>
        _doors[door].GetStatistics(Key(address)) is not { CurrentAvailablePermits: <= 0 };

    /// <summary>A limiter of its own for one kiosk screen; the screen disposes it when its circuit ends.</summary>
    public RateLimiter ForKiosk() => new FixedWindowRateLimiter(Window(_settings.TicketsPerKioskPerMinute, TimeSpan.FromMinutes(1)));

    public void Dispose()
    {
        foreach (var limiter in _doors.Values)
        {
            limiter.Dispose();
        }
    }

    private static string Key(string? address) => address ?? "unknown";

    private static PartitionedRateLimiter<string> PerAddress(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => Window(permits, window)));

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };
}
