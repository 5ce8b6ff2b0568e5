namespace HallDesk.Web.Features.Messaging;

/// <summary>Runs <see cref="PruneSmsOutbox"/> hourly on the wall clock (off with the background sender, as in the tests).</summary>
public sealed class SmsPruning(PruneSmsOutbox prune, SmsSettings settings, ILogger<SmsPruning> logger)
    : Infrastructure.PeriodicJob(TimeProvider.System, logger)
{
    protected override TimeSpan? Period => settings.BackgroundSender ? TimeSpan.FromHours(1) : null;

    protected override string What => "Old SMS pruned from the outbox";

    protected override Task<int> RunOnceAsync(CancellationToken ct) => prune.HandleAsync(ct);
}
