namespace HallDesk.Web.Infrastructure;

/// <summary>
/// A job run at start and then every <see cref="Period"/> while the app runs (the default ratings, the appointment
/// no-shows). A failed run is logged and the next tick tries again: a busy or briefly unavailable database must not
/// end the job.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Ends when the run at start has ended (at once when the job is off).</summary>
    public Task FirstRun => _firstRun.Task;

    /// <summary>Null turns the job off.</summary>
    protected abstract TimeSpan? Period { get; }

    /// <summary>What the job does, for the log: "Default ratings given".</summary>
    protected abstract string What { get; }

    /// <returns>How many things the run changed (logged when any).</returns>
    protected abstract Task<int> RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Period is not { } period)
        {
            _firstRun.TrySetResult();
            return;
        }

        using var timer = new PeriodicTimer(period, clock);
        do
        {
            try
            {
                var changed = await RunOnceAsync(stoppingToken);
                if (changed > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{What}: {Count}", What, changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{What}: the run failed; the next one tries again in {Period}", What, period);
            }
            finally
            {
                _firstRun.TrySetResult();
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
