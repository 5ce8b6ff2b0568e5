using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Live;

public static class LiveServices
{
    /// <summary>The notifier, the hub's send order and (with <c>SignalR:Redis</c>) the backplane and the event relay.</summary>
    public static WebApplicationBuilder AddLiveFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HallSendOrder>();
        builder.Services.AddSingleton<HallScreens>();
        builder.Services.AddSingleton<TodayTickets>();
        builder.Services.AddSingleton<QueueNotifier>();
        builder.AddRedisBackplane();

        // Refused hub calls are answers, not faults: no stack trace per call in the log (HubFailureLog logs real faults).
        builder.Services.Configure<HubOptions>(o => o.AddFilter<HubFailureLog>());
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.None);
        return builder;
    }
}
