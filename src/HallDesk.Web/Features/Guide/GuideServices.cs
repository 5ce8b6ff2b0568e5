namespace HallDesk.Web.Features.Guide;

public static class GuideServices
{
    public static IServiceCollection AddGuideFeature(this IServiceCollection services) => services.AddSingleton<PublicCatalog>();
}
