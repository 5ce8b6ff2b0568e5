namespace HallDesk.Web.Features.Queue;

/// <summary>
/// Routing:AgeingMinutes (20): a ticket that has waited this long ranks with a counter's top line, so
/// no line starves; 0 turns ageing off for every counter.
/// </summary>
public sealed class RoutingSettings(IConfiguration configuration)
{
    public TimeSpan? Ageing { get; } = configuration.GetValue("Routing:AgeingMinutes", 20) is var minutes and > 0
        ? TimeSpan.FromMinutes(minutes)
        : null;
}
