namespace HallDesk.Web.Features.Appointments;

/// <summary>Runs <see cref="MarkAppointmentNoShows"/> every Appointments:NoShowSweepMinutes while the app runs.</summary>
public sealed class NoShowSweep(MarkAppointmentNoShows sweep, AppointmentSettings settings, ILogger<NoShowSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.NoShowSweepMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.NoShowSweepMinutes));
        do
        {
            try
            {
                var marked = await sweep.HandleAsync(stoppingToken);
                if (marked > 0 && log.IsEnabled(LogLevel.Information))
                {
                    log.LogInformation("Recorded {Count} appointment no-shows", marked);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy or briefly unavailable database must not end the sweep; the next tick retries.
                log.LogWarning(ex, "Appointment no-show sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
