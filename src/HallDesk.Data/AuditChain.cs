using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>The result of walking the chain: every chained line checked, the first that does not fit, if any.</summary>
public sealed record AuditChainCheck(long Checked, long Unchained, long? BrokenAtId, long? BrokenAtSequence, string? Reason, string LastHash)
{
    public bool Intact => BrokenAtId is null && Reason is null;
}

/// <summary>
/// The audit log's hash chain. New lines are chained when the context saves, inside the write scope's transaction:
/// on SQLite the writer is alone; on PostgreSQL writes of different halls run side by side, so the chain takes its own
/// advisory lock first (held to commit), and a unique index on <see cref="AuditEntry.Sequence"/> refuses a fork.
/// </summary>
public static class AuditChain
{
    /// <summary>Chains the lines the context is about to add; returns the last of them (none when there are none).</summary>
    internal static async Task<AuditEntry?> SealAsync(HallDeskDbContext db, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.Sequence is null)
            .Select(e => e.Entity)
            .ToList();
        if (added.Count == 0)
        {
            return null;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries are written inside a WriteScope, so that the chain is ordered.");
        }

        // The chain's last line, as this transaction left it at its previous save (it holds the chain's lock until it
        // commits, so nobody else appended since), or read from the log.
        var (sequence, previous) = db.ChainTail ?? await ReadTailAsync(db, ct);
        foreach (var entry in added)
        {
            entry.Chain(++sequence, previous);
            previous = entry.Hash;
        }

        return added[^1];
    }

    private static async Task<(long Sequence, string Hash)> ReadTailAsync(HallDeskDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await PostgreSqlDatabase.LockAuditChainAsync(db, ct);
        }

        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Sequence != null)
            .OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(ct);
        return (last?.Sequence ?? 0, last?.Hash ?? "");
    }

    /// <summary>Walks the whole chain in order, in pages, recomputing every hash and every link.</summary>
    public static async Task<AuditChainCheck> VerifyAsync(IDbContextFactory<HallDeskDbContext> dbFactory, CancellationToken ct = default)
    {
        const int page = 2000;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unchained = await db.AuditEntries.LongCountAsync(a => a.Sequence == null, ct);
        long expected = 1;
        var previous = "";
        long? after = 0;
        while (true)
        {
            var rows = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Sequence != null && a.Sequence > after)
                .OrderBy(a => a.Sequence)
                .Take(page)
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                var reason = row.Sequence != expected ? $"序号应为 {expected}，实为 {row.Sequence}（有记录被删除或插入）"
                    : row.PreviousHash != previous ? "前一条的哈希不符（前一条被改动或删除）"
                    : row.ComputeHash() != row.Hash ? "内容与哈希不符（本条被改动）"
                    : null;
                if (reason is not null)
                {
                    return new AuditChainCheck(expected - 1, unchained, row.Id, row.Sequence, reason, previous);
                }

                previous = row.Hash;
                expected++;
            }

            if (rows.Count < page)
            {
                return new AuditChainCheck(expected - 1, unchained, null, null, null, previous);
            }

            after = rows[^1].Sequence;
        }
    }
}
