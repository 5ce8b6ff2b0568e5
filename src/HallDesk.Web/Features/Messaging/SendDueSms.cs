using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// Sends what is due: claims a batch in one short write (so no other sender, on this node or another, takes the same
/// messages), hands each to the gateway outside any transaction, then records the outcome: sent, or back to pending
/// after a doubling back-off, or failed after the last try. A sender that dies between claim and record leaves the
/// claim to run out; the message is then tried again with the same idempotency key.
/// </summary>
public sealed class SendDueSms(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    ISmsGateway gateway,
    SmsSettings settings,
    TimeProvider time)
{
    public const int BatchSize = 20;

    /// <summary>Longer than a try with all its quick retries can take.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>The lock name of the outbox's claims (a "hall" of its own on PostgreSQL: no hall's queue waits for it).</summary>
    private const string LockName = "sms-outbox";

    /// <returns>How many messages were tried.</returns>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var tried = 0;
        while (await ClaimAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var claimed in batch)
            {
                var delivery = await gateway.SendAsync(new OutgoingSms(claimed.Key, claimed.Phone, claimed.Text, claimed.Kind), ct);
                await RecordAsync(claimed, delivery, ct);
                tried++;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        return tried;
    }

    /// <summary>When the next pending message falls due (null: none), so that the sender sleeps until then.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.SmsOutbox.AsNoTracking().Where(m => m.Status == SmsStatus.Pending)
            .OrderBy(m => m.DueAt).Select(m => (DateTime?)m.DueAt).FirstOrDefaultAsync(ct);
        var claimed = await db.SmsOutbox.AsNoTracking().Where(m => m.Status == SmsStatus.Sending)
            .OrderBy(m => m.ClaimedUntil).Select(m => m.ClaimedUntil).FirstOrDefaultAsync(ct);
        return pending is null ? claimed : claimed is null ? pending : pending < claimed ? pending : claimed;
    }

    private sealed record Claimed(long Id, int Attempt, string Key, string Phone, string Text, string Kind);

    private async Task<List<Claimed>> ClaimAsync(CancellationToken ct)
    {
        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, LockName, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var due = await write.Db.SmsOutbox
            .Where(m => (m.Status == SmsStatus.Pending && m.DueAt <= now) || (m.Status == SmsStatus.Sending && m.ClaimedUntil < now))
            .OrderBy(m => m.DueAt).ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        foreach (var message in due)
        {
            message.Claim(now, ClaimLease);
        }

        await write.CommitAsync(ct);
        return due.Select(m => new Claimed(m.Id, m.Attempts, m.Key, m.Phone, m.Text, m.Kind)).ToList();
    }

    private async Task RecordAsync(Claimed claimed, SmsDelivery delivery, CancellationToken ct)
    {
        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, LockName, ct);
        var message = await write.Db.SmsOutbox.SingleOrDefaultAsync(m => m.Id == claimed.Id, ct);
        // Only the sender holding this try's claim records it (a claim that ran out may have passed to another).
        if (message is not { Status: SmsStatus.Sending } || message.Attempts != claimed.Attempt)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (delivery.Sent)
        {
            message.MarkSent(now, gateway.Name);
        }
        else
        {
            message.MarkTryFailed(gateway.Name, delivery.Error ?? "", message.Attempts >= settings.MaxAttempts ? null : now + SmsSettings.BackOff(message.Attempts));
        }

        await write.CommitAsync(ct);
    }
}
