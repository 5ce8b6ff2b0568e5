using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Messaging;

/// <summary>Deletes sent and failed messages older than <c>Sms:KeepDays</c> (30): the outbox holds phone numbers, and keeps them no longer than needed.</summary>
public sealed class PruneSmsOutbox(IDbContextFactory<HallDeskDbContext> dbFactory, SmsSettings settings, TimeProvider time)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var before = time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, settings.KeepDays));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SmsOutbox
            .Where(m => m.CreatedAt < before && (m.Status == SmsStatus.Sent || m.Status == SmsStatus.Failed))
            .ExecuteDeleteAsync(ct);
    }
}
