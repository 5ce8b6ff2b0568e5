namespace HallDesk.Web.Features.Documents;

public static class DocumentServices
{
    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        services.AddSingleton<DocumentLinks>();
        services.AddSingleton<DocumentArchive>();
        services.AddSingleton<MaterialFileQueries>();
        services.AddSingleton<TicketSlipDesk>();
        services.AddSingleton<ITicketSlips>(sp => sp.GetRequiredService<TicketSlipDesk>());
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<SweepOrphanFiles>();
        services.AddHostedService<OrphanFileSweep>();
        return services;
    }
}
