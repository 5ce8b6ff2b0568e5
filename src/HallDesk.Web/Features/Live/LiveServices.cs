namespace HallDesk.Web.Features.Live;

public static class LiveServices
{
    /// <summary>The notifier, the hub's send order and (with <c>SignalR:Redis</c>) the backplane and the event relay.</summary>
    public static WebApplicationBuilder AddLiveFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HallSendOrder>();
        builder.Services.AddSingleton<QueueNotifier>();
        builder.AddRedisBackplane();
        return builder;
    }
}
