using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>Writes audit lines that are not part of a larger write (logins, logouts).</summary>
public sealed class AuditWriter(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public async Task WriteAsync(string actor, string action, string subject, string details, string? address, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        write.Audit(time.GetUtcNow().UtcDateTime, new Actor("", actor, address), action, subject, details);
        await write.CommitAsync(ct);
    }
}
