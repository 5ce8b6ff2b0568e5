using System.Diagnostics;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Benchmarks;

/// <summary>
/// A month of a busy hall (3,000 tickets a day, 30 days) seeded straight into the database, then the
/// manager's report for that month timed against a COUNT(*) over the same rows in the same run.
/// </summary>
public sealed class ReportBench(BenchApp app)
{
    public sealed record Result(int Tickets, Latency Report, Latency Count);

    public async Task<Result> RunAsync(int perDay, int days, int runs, CancellationToken ct)
    {
        var first = new DateOnly(2026, 10, 1);
        var random = new Random(42);
        await using (var db = await app.DbAsync())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var lines = new[] { "A", "B", "C", "D", "E" };
            for (var d = 0; d < days; d++)
            {
                var day = first.AddDays(d);
                var opening = day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
                var sequence = new Dictionary<string, int>();
                for (var i = 0; i < perDay; i++)
                {
                    var line = lines[random.Next(lines.Length)];
                    sequence[line] = sequence.GetValueOrDefault(line) + 1;
                    var issued = opening.AddSeconds(i * 9.6);
                    var ticket = Ticket.Issue(BenchApp.Hall, line, day, sequence[line], null, false, issued);
                    var counter = 1 + random.Next(8);
                    ticket.Call(counter, "bench", issued.AddMinutes(random.Next(1, 40)));
                    if (random.Next(20) == 0)
                    {
                        ticket.Recall(ticket.CalledAt!.Value.AddMinutes(1));
                        ticket.Recall(ticket.CalledAt!.Value.AddMinutes(1));
                        ticket.MarkNoShow(3, ticket.CalledAt!.Value.AddMinutes(1));
                    }
                    else
                    {
                        ticket.StartService(ticket.CalledAt!.Value.AddMinutes(1));
                        ticket.Finish(ticket.ServiceStartedAt!.Value.AddMinutes(random.Next(3, 15)));
                    }

                    db.Tickets.Add(ticket);
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            await tx.CommitAsync(ct);
        }

        var reports = app.Get<ReportQueries>();
        var last = first.AddDays(days - 1);
        // Untimed until the JIT is done with the report's code (one run left its second compilation to the timed runs).
        _ = await JitSettled.WarmUpAsync(async _ =>
        {
            await reports.LoadAsync(BenchApp.Hall, first, last, ReportPeriod.Day, ReportDimension.Line, ct);
            await using var db = await app.DbAsync();
            _ = await db.Tickets.CountAsync(t => t.HallCode == BenchApp.Hall && t.ServiceDate >= first && t.ServiceDate <= last, ct);
        }, batch: 3, most: 30);
        var report = new List<double>();
        var count = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await reports.LoadAsync(BenchApp.Hall, first, last, ReportPeriod.Day, ReportDimension.Line, ct);
            report.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));

            start = Stopwatch.GetTimestamp();
            await using var db = await app.DbAsync();
            _ = await db.Tickets.CountAsync(t => t.HallCode == BenchApp.Hall && t.ServiceDate >= first && t.ServiceDate <= last, ct);
            count.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        return new Result(perDay * days, Latency.Of(report), Latency.Of(count));
    }
}
