using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// Runs <see cref="SendAppointmentReminders"/> every minute on the app's clock (off with Appointments:ReminderMinutes = 0,
/// as in the tests, which call the use case at the fake time they choose).
/// </summary>
public sealed class AppointmentReminderSweep(SendAppointmentReminders reminders, IConfiguration configuration, TimeProvider time, ILogger<AppointmentReminderSweep> logger)
    : PeriodicJob(time, logger)
{
    protected override TimeSpan? Period => configuration.GetValue("Appointments:ReminderMinutes", 1) is > 0 and var minutes ? TimeSpan.FromMinutes(minutes) : null;

    protected override string What => "Appointment reminders queued";

    protected override Task<int> RunOnceAsync(CancellationToken ct) => reminders.HandleAsync(ct);
}
