using System.Globalization;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>
/// Issue 21 item 5: the 90th-percentile wait is read as bare numbers in the database's group order and cut into groups
/// by the groups' counts. Over a seeded fortnight with ties (waits of whole minutes, many equal), empty groups (a quiet
/// day, a line nobody was called from, a quiet hall), one-element groups (a line called once a day, a day with one
/// call) and no-shows without a counter (a null key, ordered first by SQLite and last by PostgreSQL), every row,
/// period, row-within-period and total has exactly the percentile and mean of the waits computed in memory from the
/// tickets as seeded.
/// </summary>
public class ReportPercentileTests : IClassFixture<HallDeskFactory>
{
    private static readonly DateOnly From = new(2026, 7, 6);
    private static readonly DateOnly To = new(2026, 7, 19);

    private readonly HallDeskFactory _factory;

    public ReportPercentileTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData(ReportDimension.Line, ReportPeriod.Day)]
    [InlineData(ReportDimension.Line, ReportPeriod.Week)]
    [InlineData(ReportDimension.Counter, ReportPeriod.Day)]
    [InlineData(ReportDimension.Hall, ReportPeriod.Week)]
    public async Task P90AndMeanWait_AreThoseOfTheSeededWaits_InEveryRowPeriodAndTotal(ReportDimension by, ReportPeriod period)
    {
        var seeded = await SeedAsync();
        var hall = by == ReportDimension.Hall ? null : "AM";
        var tickets = seeded.Where(t => hall is null || t.HallCode == hall).ToList();
        string KeyOf(Ticket t) => by switch
        {
            ReportDimension.Line => t.IssuedLine,
            ReportDimension.Counter => t.CounterNumber?.ToString(CultureInfo.InvariantCulture) ?? ReportMath.Unlinked,
            _ => t.HallCode,
        };

        var (report, cross) = await _factory.Get<ReportQueries>().LoadWithCrossAsync(hall, From, To, period, by, cross: true);

        Assert.NotNull(report);
        foreach (var row in report.Rows)
        {
            AssertWaits(tickets.Where(t => KeyOf(t) == row.Key), row.Figures, $"row {row.Key}");
        }

        foreach (var p in report.Periods)
        {
            AssertWaits(tickets.Where(t => ReportMath.PeriodStart(t.ServiceDate, period) == p.Start), p.Figures, $"period {p.Label}");
        }

        foreach (var c in cross)
        {
            AssertWaits(tickets.Where(t => ReportMath.PeriodOf(t.ServiceDate, period).Label == c.Period && KeyOf(t) == c.Row.Key), c.Row.Figures, $"{c.Period} {c.Row.Key}");
        }

        AssertWaits(tickets, report.Total, "total");
        // The seed has what the test is about: a group of one wait, a group without any, and ties.
        Assert.Contains(tickets.GroupBy(t => t.WaitSeconds), g => g.Key is not null && g.Count() > 5);
        if (by == ReportDimension.Line && period == ReportPeriod.Day)
        {
            Assert.Contains(cross, c => c.Row.Figures.Issued == 1 && c.Row.Figures.P90WaitSeconds is not null);
            Assert.Contains(report.Rows, r => r.Figures.Issued > 0 && r.Figures.P90WaitSeconds is null);
            Assert.Contains(report.Periods, p => p.Figures.Issued > 0 && p.Figures.P90WaitSeconds is null);
        }

        if (by == ReportDimension.Hall)
        {
            Assert.Contains(report.Rows, r => r.Figures.Issued == 0 && r.Figures.P90WaitSeconds is null);
        }
    }

    private static void AssertWaits(IEnumerable<Ticket> tickets, ReportFigures actual, string where)
    {
        var waits = tickets.Where(t => t.CalledAt is not null).Select(t => (t.CalledAt!.Value - t.IssuedAt).TotalSeconds).ToList();
        Assert.True(ReportMath.Percentile(waits, 90) == actual.P90WaitSeconds, $"{where}: p90 {ReportMath.Percentile(waits, 90)} ≠ {actual.P90WaitSeconds}");
        var mean = ReportMath.Mean(waits);
        Assert.True(mean is null == actual.MeanWaitSeconds is null && Math.Abs((mean ?? 0) - (actual.MeanWaitSeconds ?? 0)) < 1e-9, $"{where}: mean {mean} ≠ {actual.MeanWaitSeconds}");
    }

    /// <summary>
    /// Two weeks of AM (and a few tickets of XY): the weekend quiet; lines A–C called with whole-minute waits (ties),
    /// line D called once a day (a group of one), line E never called (waiting or cancelled: a group without waits);
    /// on Wednesdays a single call; no-shows leave their counter. Returns the tickets as seeded.
    /// </summary>
    private async Task<List<Ticket>> SeedAsync()
    {
        var tickets = new List<Ticket>();
        var random = new Random(90);
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var opening = day.ToDateTime(new TimeOnly(0, 30), DateTimeKind.Utc);
            var sequence = new Dictionary<string, int>();
            Ticket Issue(string hall, string line, int minute)
            {
                sequence[hall + line] = sequence.GetValueOrDefault(hall + line) + 1;
                var ticket = Ticket.Issue(hall, line, day, sequence[hall + line], null, false, opening.AddMinutes(minute));
                tickets.Add(ticket);
                return ticket;
            }

            var calls = day.DayOfWeek == DayOfWeek.Wednesday ? 1 : 25;
            for (var i = 0; i < calls; i++)
            {
                var ticket = Issue("AM", day.DayOfWeek == DayOfWeek.Wednesday ? "D" : ((char)('A' + (i % 3))).ToString(), i);
                ticket.Call(1 + random.Next(3) + (i % 7 == 0 ? 9 : 0), "clerk", ticket.IssuedAt.AddMinutes(1 + random.Next(6)));
                if (i % 6 == 5)
                {
                    ticket.MarkNoShow(1, ticket.CalledAt!.Value.AddMinutes(1));
                }
            }

            if (day.DayOfWeek != DayOfWeek.Wednesday)
            {
                // Line D: one wait a day, with a part of a second.
                Issue("AM", "D", 30).Call(2, "clerk", opening.AddMinutes(30).AddSeconds(random.Next(1, 900)).AddMilliseconds(random.Next(1, 1_000)));
            }

            Issue("AM", "E", 40);
            Issue("AM", "E", 41).Cancel(opening.AddMinutes(50));
            if (day == From)
            {
                Issue("XY", "A", 5).Call(1, "clerk", opening.AddMinutes(12));
            }
        }

        // A weekday with tickets and no call: a period with issued tickets and no wait.
        var quiet = To.AddDays(-4);
        tickets.RemoveAll(t => t.ServiceDate == quiet && t.CalledAt is not null);

        // The same fortnight every time (a fixed seed): stored once per database, compared with in every case.
        await using var db = await _factory.DbAsync();
        if (!db.Tickets.Any(t => t.ServiceDate >= From && t.ServiceDate <= To))
        {
            db.Tickets.AddRange(tickets);
            await db.SaveChangesAsync();
        }

        return tickets;
    }
}
