namespace HallDesk.Web.Features.Online;

public static class OnlineServices
{
    public static IServiceCollection AddOnlineFeature(this IServiceCollection services)
    {
        services.AddSingleton<OnlineSettings>();
        services.AddSingleton<SubmitOnlineApplication>();
        services.AddSingleton<ResubmitOnlineApplication>();
        services.AddSingleton<AcceptOnlineApplication>();
        services.AddSingleton<RequestOnlineCorrection>();
        services.AddSingleton<RejectOnlineApplication>();
        services.AddSingleton<OnlineApplicationQueries>();
        return services;
    }
}
