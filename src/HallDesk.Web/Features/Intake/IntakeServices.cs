namespace HallDesk.Web.Features.Intake;

public static class IntakeServices
{
    public static IServiceCollection AddIntakeFeature(this IServiceCollection services)
    {
        services.AddSingleton<ILicenceRegistry, LocalLicenceRegistry>();
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<TakeInApplication>();
        services.AddSingleton<ProvideCorrection>();
        services.AddSingleton<ReceiveOwedMaterials>();
        services.AddSingleton<OwedMaterialQueries>();
        services.AddSingleton<DeliverCaseAtWindow>();
        services.AddSingleton<HandOverStageResults>();
        services.AddSingleton<SendCaseByMail>();
        services.AddSingleton<ConfirmMailDelivery>();
        services.AddSingleton<ChooseCollectionHall>();
        services.AddSingleton<HallDirectory>();
        return services;
    }
}
