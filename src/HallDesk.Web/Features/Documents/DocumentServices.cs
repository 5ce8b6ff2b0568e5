namespace HallDesk.Web.Features.Documents;

public static class DocumentServices
{
    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        services.AddSingleton<DocumentLinks>();
        services.AddSingleton<DocumentArchive>();
        services.AddSingleton<Queue.ITicketSlips>(sp => sp.GetRequiredService<DocumentArchive>());
        services.AddSingleton<DocumentQueries>();
        return services;
    }
}
