namespace HallDesk.Web.Features.Progress;

public static class ProgressServices
{
    public static IServiceCollection AddProgressFeature(this IServiceCollection services) => services.AddSingleton<CaseProgressQuery>();
}
