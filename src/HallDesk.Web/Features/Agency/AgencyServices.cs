namespace HallDesk.Web.Features.Agency;

public static class AgencyServices
{
    public static IServiceCollection AddAgencyFeature(this IServiceCollection services) => services.AddSingleton<AgencyQueries>();
}
