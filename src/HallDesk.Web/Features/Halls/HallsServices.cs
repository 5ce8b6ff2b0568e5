namespace HallDesk.Web.Features.Halls;

public static class HallsServices
{
    public static IServiceCollection AddHallsFeature(this IServiceCollection services) => services.AddSingleton<HallDelegations>();
}
