using System.Threading.Channels;

namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// The background sender: runs <see cref="SendDueSms"/> when a write that queued a message commits (<see cref="Wake"/>),
/// when the next retry or quiet-hours message falls due, and at least every <see cref="Poll"/> (messages queued by
/// another node). A failed run is logged and tried again; nothing is thrown at the clerk who caused the message.
/// </summary>
public sealed class SmsSender(IServiceProvider services, SmsSettings settings, TimeProvider time, ILogger<SmsSender> logger) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Something was queued: send it now (many wakes before the next run make one run).</summary>
    public void Wake() => _wakes.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.BackgroundSender)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                // A fresh sender each run: the HTTP gateway's client comes from the factory, which renews its handler.
                var send = services.GetRequiredService<SendDueSms>();
                await send.HandleAsync(stoppingToken);
                if (await send.NextDueAsync(stoppingToken) is { } next)
                {
                    var until = next - time.GetUtcNow().UtcDateTime;
                    wait = until < TimeSpan.Zero ? TimeSpan.Zero : until < Poll ? until : Poll;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "SMS sender: the run failed; the next one tries again in {Wait}", Poll);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(wait);
            try
            {
                await _wakes.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The wait is over: look again.
            }
        }
    }
}
