using System.Diagnostics;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Reports;

public sealed class TmpTimingProbe(HallDeskFactory f) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task Probe()
    {
        await using (var db = await f.DbAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var start = new DateTime(2026, 11, 1, 1, 0, 0, DateTimeKind.Utc);
            for (var d = 0; d < 30; d++)
            {
                for (var i = 1; i <= 3000; i++)
                {
                    var at = start.AddDays(d).AddSeconds(i * 10);
                    var t = Ticket.Issue("AM", "ABCD"[i % 4].ToString(), DateOnly.FromDateTime(start.AddDays(d)), i, null, false, at);
                    t.Call(1 + (i % 12), "u" + (i % 12), at.AddMinutes(i % 40));
                    t.Finish(at.AddMinutes((i % 40) + 5));
                    db.Tickets.Add(t);
                }
            }

            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        var q = f.Get<ReportQueries>();
        for (var run = 0; run < 3; run++)
        {
            foreach (var by in new[] { ReportDimension.Line, ReportDimension.Counter, ReportDimension.Item })
            {
                var sw = Stopwatch.StartNew();
                var r = await q.LoadAsync("AM", new(2026, 11, 1), new(2026, 11, 30), ReportPeriod.Day, by);
                var ms = sw.ElapsedMilliseconds;
                sw.Restart();
                await using var db = await f.DbAsync();
                var n = await db.Tickets.CountAsync(t => t.HallCode == "AM");
                var c0 = sw.ElapsedMilliseconds;
                var rows = await db.Tickets.AsNoTracking().Where(t => t.HallCode == "AM" && t.ServiceDate >= new DateOnly(2026, 11, 1) && t.ServiceDate <= new DateOnly(2026, 11, 30))
                    .Select(t => new { t.ServiceDate, t.IssuedLine, t.Number, t.CounterNumber, t.ClerkUserId, t.Status, t.IssuedAt, t.CalledAt, t.ServiceStartedAt, t.FinishedAt }).ToListAsync();
                var c1 = sw.ElapsedMilliseconds;
                var rows2 = await db.Tickets.AsNoTracking().Where(t => t.HallCode == "AM" && t.ServiceDate >= new DateOnly(2026, 11, 1) && t.ServiceDate <= new DateOnly(2026, 11, 30))
                    .Select(t => new { t.IssuedLine, t.Status }).ToListAsync();
                File.AppendAllText("/tmp/rpt-timing.txt", $"   projection10 {c1 - c0} ms, projection2 {sw.ElapsedMilliseconds - c1} ms {rows.Count + rows2.Count}\n");
                File.AppendAllText("/tmp/rpt-timing.txt", $"run {run} {by}: report {ms} ms ({r!.Total.Issued}), count {sw.ElapsedMilliseconds} ms ({n})\n");
            }
        }
    }
}
