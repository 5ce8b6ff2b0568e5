namespace HallDesk.Web.Features.Appointments;

public static class AppointmentServices
{
    public static IServiceCollection AddAppointmentsFeature(this IServiceCollection services)
    {
        services.AddSingleton<AppointmentSettings>();
        services.AddSingleton<BookAppointment>();
        services.AddSingleton<CancelAppointment>();
        services.AddSingleton<RescheduleAppointment>();
        services.AddSingleton<AppointmentBursts>();
        services.AddSingleton<CancelAppointmentsInBulk>();
        services.AddSingleton<AppointmentQueries>();
        services.AddSingleton<CheckInAppointment>();
        services.AddSingleton<MarkAppointmentNoShows>();
        services.AddHostedService<NoShowSweep>();
        services.AddSingleton<SendAppointmentReminders>();
        services.AddHostedService<AppointmentReminderSweep>();
        return services;
    }
}
