using HallDesk.Data;
using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Features.Queue;

public static class QueueServices
{
    public static IServiceCollection AddQueueFeature(this IServiceCollection services)
    {
        services.AddSingleton<QueueQueries>();
        services.AddSingleton<IHallSnapshots>(sp => sp.GetRequiredService<QueueQueries>());
        services.AddSingleton<CounterConsoleQuery>();
        services.AddSingleton<HallWriter>();
        services.AddSingleton<IHallWrites>(sp => sp.GetRequiredService<HallWriter>());
        services.AddSingleton<CounterDesk>();
        services.AddSingleton<IssueTicket>();
        services.AddSingleton<TicketReminders>();
        services.AddSingleton<TicketWatchQuery>();
        services.AddSingleton<RoutingSettings>();
        services.AddSingleton<CallNextTicket>();
        services.AddSingleton<CallGivenTicket>();
        services.AddSingleton<FindTicketByPhone>();
        services.AddSingleton<MarkAssisted>();
        services.AddSingleton<SetPriorityOnly>();
        services.AddSingleton<RecallTicket>();
        services.AddSingleton<StartService>();
        services.AddSingleton<MarkNoShow>();
        services.AddSingleton<ParkTicket>();
        services.AddSingleton<ResumeParkedTicket>();
        services.AddSingleton<TransferTicket>();
        services.AddSingleton<FinishService>();
        services.AddSingleton<RejoinTicket>();
        services.AddSingleton<OpenCounter>();
        services.AddSingleton<PauseCounter>();
        services.AddSingleton<ResumeCounter>();
        services.AddSingleton<CloseCounter>();
        services.AddSingleton<EndDayProfiles>();
        services.AddHostedService<DayProfileSweep>();
        return services;
    }
}
