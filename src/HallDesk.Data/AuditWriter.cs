using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>Writes audit lines that are not part of a larger write (logins, logouts, views, exports, denials).</summary>
public sealed class AuditWriter(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task WriteAsync(string actor, string action, string subject, string details, string? address, CancellationToken ct = default) =>
        WriteAsync(actor, action, subject, details, address, AuditOutcome.Ok, ct);

    public async Task WriteAsync(string actor, string action, string subject, string details, string? address, string outcome, CancellationToken ct = default)
    {
        // An audit line alone touches no hall's queue: on PostgreSQL it waits only for the chain's lock, not the database's.
        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, "audit", ct);
        write.Audit(time.GetUtcNow().UtcDateTime, new Actor("", actor, address), action, subject, details, outcome);
        await write.CommitAsync(ct);
    }
}
