using System.Text.Json.Serialization.Metadata;
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
        builder.Services.AddSingleton<BoardSnapshots>();
        builder.Services.AddSingleton<QueueNotifier>();
        builder.AddRedisBackplane();

        // Refused hub calls are answers, not faults: no stack trace per call in the log (HubFailureLog logs real faults).
        builder.Services.Configure<HubOptions>(o => o.AddFilter<HubFailureLog>());
        builder.Services.AddSignalR().AddJsonProtocol(o =>
            o.PayloadSerializerOptions.TypeInfoResolver = (o.PayloadSerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(HideClerk).WithAddedModifier(LeaveLinesToTheBatch));
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.None);
        return builder;
    }

    /// <summary>On the hub's wire an event leaves its line figures to its <see cref="QueueBatch"/>, which carries them once.</summary>
    public static void LeaveLinesToTheBatch(JsonTypeInfo type)
    {
        if (type.Type.IsSubclassOf(typeof(QueueEvent)))
        {
            foreach (var property in type.Properties.Where(p => p.Name.Equals(nameof(TicketCalledEvent.Lines), StringComparison.OrdinalIgnoreCase)).ToList())
            {
                type.Properties.Remove(property);
            }
        }
    }

    /// <summary>The hub's public wire (boards, kiosks) never carries which account served a ticket.</summary>
    public static void HideClerk(JsonTypeInfo type)
    {
        if (type.Type == typeof(TicketTimes))
        {
            foreach (var property in type.Properties.Where(p => p.Name.Equals(nameof(TicketTimes.Clerk), StringComparison.OrdinalIgnoreCase)).ToList())
            {
                type.Properties.Remove(property);
            }
        }
    }
}
