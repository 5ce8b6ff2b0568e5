using HallDesk.Web.Features.Admin.Staff;

namespace HallDesk.Web.Features.Admin;

public static class AdminServices
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services)
    {
        services.AddSingleton<EditHallSettings>();
        services.AddSingleton<EditLines>();
        services.AddSingleton<EditCounters>();
        services.AddSingleton<CreateHall>();
        services.AddSingleton<RetireHall>();
        services.AddSingleton<RetireLine>();
        services.AddSingleton<RetireCounter>();
        services.AddSingleton<HallList>();
        services.AddSingleton<CreateAgencyPoint>();
        services.AddSingleton<RetireAgencyPoint>();
        services.AddSingleton<AgencyPointList>();
        services.AddSingleton<StaffQueries>();
        services.AddSingleton<CreateStaffAccount>();
        services.AddSingleton<ChangeStaffRole>();
        services.AddSingleton<UnlockStaffAccount>();
        services.AddSingleton<ResetStaffPassword>();
        return services;
    }
}
