using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// 仅今日 ends: counters whose lines were set for an earlier day (a line suggestion taken "for today") serve their own
/// lines again. Run by <see cref="DayProfileSweep"/> after midnight, and by every clerk action and 开窗 for their own
/// counter, so a call never follows yesterday's profile even before the sweep has run.
/// </summary>
public sealed class EndDayProfiles(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    /// <returns>How many counters went back to their own lines.</returns>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var halls = new HashSet<string>();
        var ended = 0;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            // Only the few counters with a profile for one day; the filter needs no index on a table of a hall's windows.
            var counters = await db.Counters.Where(c => c.LinesOnlyOn != null).ToListAsync(ct);
            if (counters.Count == 0)
            {
                return 0;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var codes = counters.Select(c => c.HallCode).Distinct().ToList();
            var byCode = await db.Halls.Where(h => codes.Contains(h.Code)).ToDictionaryAsync(h => h.Code, ct);
            foreach (var counter in counters)
            {
                var before = counter.Lines;
                if (counter.EndDayProfile(byCode[counter.HallCode].LocalDate(now)))
                {
                    ended++;
                    halls.Add(counter.HallCode);
                    write.Audit(now, Actor.Anonymous(null, "系统"), "counter.day-profile-end", $"{counter.HallCode}/{counter.Number}号窗口", $"仅今日的业务结束：{before} → {counter.Lines}");
                }
            }

            await write.CommitAsync(ct);
        }

        foreach (var hall in halls)
        {
            // Consoles, boards and kiosks read the hall again: the counters' lines changed.
            await notifier.PublishAsync(new HallChangedEvent(hall));
        }

        return ended;
    }
}

/// <summary>Runs <see cref="EndDayProfiles"/> every Queue:DayProfileSweepMinutes (5; 0 = off) on the wall clock.</summary>
public sealed class DayProfileSweep(EndDayProfiles end, IConfiguration configuration, ILogger<DayProfileSweep> logger)
    : PeriodicJob(TimeProvider.System, logger)
{
    protected override TimeSpan? Period =>
        configuration.GetValue("Queue:DayProfileSweepMinutes", 5) is > 0 and var minutes ? TimeSpan.FromMinutes(minutes) : null;

    protected override string What => "Counters back to their own lines";

    protected override Task<int> RunOnceAsync(CancellationToken ct) => end.HandleAsync(ct);
}
