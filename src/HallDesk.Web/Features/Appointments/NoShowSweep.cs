using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// Runs <see cref="MarkAppointmentNoShows"/> every Appointments:NoShowSweepMinutes (0 = off) on the wall clock;
/// tests turn it off and call the use case at the fake time they choose.
/// </summary>
public sealed class NoShowSweep(MarkAppointmentNoShows sweep, AppointmentSettings settings, ILogger<NoShowSweep> logger)
    : PeriodicJob(TimeProvider.System, logger)
{
    protected override TimeSpan? Period => settings.NoShowSweepMinutes > 0 ? TimeSpan.FromMinutes(settings.NoShowSweepMinutes) : null;

    protected override string What => "Appointment no-shows recorded";

    protected override Task<int> RunOnceAsync(CancellationToken ct) => sweep.HandleAsync(ct);
}
