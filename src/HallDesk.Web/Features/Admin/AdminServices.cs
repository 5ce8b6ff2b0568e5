namespace HallDesk.Web.Features.Admin;

public static class AdminServices
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSingleton<EditHallSettings>();
        services.AddSingleton<EditLines>();
        services.AddSingleton<EditCounters>();
        services.AddSingleton<ManageStaff>();
        return services;
    }
}
