using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// Files kept in the store for a form that was never sent (a scan at the window, an upload on /apply, then the page left)
/// are named by no row. Those older than <c>Storage:OrphanHours</c> (24) are deleted, with the temp files a crash left; the
/// count is audited. A file named by any row, of any case or application in any state, is never touched.
/// </summary>
public sealed class SweepOrphanFiles(IDbContextFactory<HallDeskDbContext> dbFactory, FileStore store, AuditWriter audit, IConfiguration configuration,
    TimeProvider time)
{
    public const int DefaultOrphanHours = 24;
    private const int Batch = 500;

    public int OrphanHours => Math.Max(1, configuration.GetValue("Storage:OrphanHours", DefaultOrphanHours));

    /// <returns>How many stored files were deleted.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddHours(-OrphanHours);
        var old = store.StoredFiles().Where(f => f.WrittenUtc < cutoff).Select(f => f.Sha256).ToList();
        var deleted = 0;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            foreach (var chunk in old.Chunk(Batch))
            {
                var named = await db.MaterialFiles.AsNoTracking().Where(f => chunk.Contains(f.Sha256)).Select(f => f.Sha256).Distinct().ToListAsync(ct);
                foreach (var sha in chunk.Except(named))
                {
                    deleted += store.Delete(sha) ? 1 : 0;
                }
            }
        }

        var temps = store.SweepTemp(now);
        if (deleted + temps > 0)
        {
            await audit.WriteAsync("system", "files.orphans-swept", "Storage",
                $"删除无引用文件 {deleted} 个（{OrphanHours} 小时前存入），残留临时文件 {temps} 个", null, ct);
        }

        return deleted;
    }
}

/// <summary>Runs <see cref="SweepOrphanFiles"/> at start and every Storage:OrphanSweepMinutes (60; 0 = off).</summary>
public sealed class OrphanFileSweep(SweepOrphanFiles job, IConfiguration configuration, TimeProvider time, ILogger<OrphanFileSweep> logger)
    : Infrastructure.PeriodicJob(time, logger)
{
    public const int DefaultMinutes = 60;

    protected override TimeSpan? Period =>
        configuration.GetValue("Storage:OrphanSweepMinutes", DefaultMinutes) is > 0 and var minutes ? TimeSpan.FromMinutes(minutes) : null;

    protected override string What => "Orphan files deleted";

    protected override Task<int> RunOnceAsync(CancellationToken ct) => job.RunAsync(ct);
}
