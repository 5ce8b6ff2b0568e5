namespace HallDesk.Web.Features.Manager;

public static class ManagerServices
{
    public static IServiceCollection AddManagerFeature(this IServiceCollection services)
    {
        services.AddSingleton<HallLiveQuery>();
        services.AddSingleton<ApplyLineSuggestion>();
        services.AddSingleton<KeepCounterLines>();
        services.AddSingleton<EditCalendar>();
        services.AddSingleton<EditCatalog>();
        services.AddSingleton<SaveBundle>();
        services.AddSingleton<RetireBundle>();
        services.AddSingleton<DelegateItem>();
        services.AddSingleton<DelegationList>();
        services.AddSingleton<MoveBundle>();
        services.AddSingleton<EditDepartment>();
        services.AddSingleton<ApproveSuspensionExtension>();
        services.AddSingleton<SpecialProcedureQueries>();
        return services;
    }
}
