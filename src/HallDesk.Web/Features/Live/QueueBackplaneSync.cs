using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Keeps this node's screens in step with the other nodes: hands other nodes' queue events to this node's
/// <see cref="QueueNotifier"/> subscribers, and, when the backplane comes back after Redis was away, has every
/// screen of this node take a fresh snapshot (events sent meanwhile were lost, the database was not).
/// </summary>
public sealed class QueueBackplaneSync(
    QueueEventRelay relay,
    QueueNotifier notifier,
    BackplaneConnection backplane,
    IDbContextFactory<HallDeskDbContext> dbFactory,
    ILogger<QueueBackplaneSync> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        backplane.Restored += OnRestored;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // Once subscribed, the Redis client subscribes again by itself after every reconnect.
                    await relay.SubscribeAsync(notifier.DeliverFromOtherNodeAsync);
                    logger.LogInformation("Queue events from other nodes: subscribed");
                    await Task.Delay(Timeout.Infinite, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Redis is unavailable: queue events from other nodes are not heard yet; retrying in {Delay}", RetryAfter);
                    await Task.Delay(RetryAfter, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            backplane.Restored -= OnRestored;
        }
    }

    // The backplane's event is synchronous; the work runs on its own and reports its failure itself.
    private void OnRestored() => _ = ResynchroniseAllAsync();

    private async Task ResynchroniseAllAsync()
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            foreach (var hall in await db.Halls.Select(h => h.Code).ToListAsync())
            {
                await notifier.ResynchroniseAsync(hall);
            }

            logger.LogInformation("Redis is back: this node's screens take a fresh snapshot");
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Redis is back but the screens could not be told to resynchronise");
        }
    }
}
