namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>The app with small per-address limits on the public doors; each test comes from addresses of its own.</summary>
public sealed class NarrowDoorsFactory : HallDeskFactory
{
    public const int Pages = 5;
    public const int Tickets = 4;
    public const int TicketsPerKiosk = 2;
    public const int HubConnections = 3;
    public const int HubJoins = 3;

    protected override IReadOnlyDictionary<string, int> RateLimits => new Dictionary<string, int>(base.RateLimits)
    {
        ["PagesPerMinute"] = Pages,
        ["TicketsPerMinute"] = Tickets,
        ["TicketsPerKioskPerMinute"] = TicketsPerKiosk,
        ["HubConnectionsPerMinute"] = HubConnections,
        ["HubJoinsPerMinute"] = HubJoins,
    };
}
