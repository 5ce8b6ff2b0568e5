using HallDesk.Web.Features.Review;

namespace HallDesk.Web.Features.Intake;

public static class IntakeServices
{
    public static IServiceCollection AddIntakeAndReview(this IServiceCollection services)
    {
        services.AddSingleton<ILicenceRegistry, LocalLicenceRegistry>();
        services.AddSingleton<Documents.DocumentLinks>();
        services.AddSingleton<Documents.DocumentArchive>();
        services.AddSingleton<Queue.ITicketSlips>(sp => sp.GetRequiredService<Documents.DocumentArchive>());
        services.AddSingleton<Documents.DocumentQueries>();
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<CaseDesk>();
        services.AddSingleton<TakeInApplication>();
        services.AddSingleton<ProvideCorrection>();
        services.AddSingleton<DeliverCase>();
        services.AddSingleton<ChooseCollectionHall>();
        services.AddSingleton<HallDirectory>();
        services.AddSingleton<ReviewQueries>();
        services.AddSingleton<ReviewCase>();
        services.AddSingleton<Progress.CaseProgressQuery>();
        return services;
    }
}
