using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>
/// Issue 21 item 5: the report's ticket figures are counted, summed and averaged by the database. On a seeded month of
/// two halls (quiet weekends, every ticket state, a clerk the hall does not know, waits with sub-millisecond parts) the
/// SQL path gives what the straightforward computation gives — every ticket read into memory and grouped by
/// <see cref="ReportMath"/> — row by row, period by period and in total, empty groups and undefined rates included.
/// </summary>
public class ReportInSqlTests : IClassFixture<HallDeskFactory>
{
    private static readonly DateOnly From = new(2026, 9, 1);
    private static readonly DateOnly To = new(2026, 9, 30);

    /// <summary>SQLite counts time in milliseconds: a wait may differ from .NET's by one.</summary>
    private const double Seconds = 0.002;

    private readonly HallDeskFactory _factory;

    public ReportInSqlTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData(ReportDimension.Line, ReportPeriod.Day)]
    [InlineData(ReportDimension.Line, ReportPeriod.Week)]
    [InlineData(ReportDimension.Counter, ReportPeriod.Day)]
    [InlineData(ReportDimension.Clerk, ReportPeriod.Month)]
    public async Task Load_OnASeededMonth_GivesTheInMemoryFigures(ReportDimension by, ReportPeriod period)
    {
        await SeedAsync();

        var report = await _factory.Get<ReportQueries>().LoadAsync("AM", From, To, period, by);
        var (rows, periods, total) = ReportMath.Group(await InMemoryAsync("AM", by), From, To, period);

        Assert.NotNull(report);
        Assert.Equal(rows.Select(r => r.Key), report.Rows.Select(r => r.Key));
        foreach (var (expected, actual) in rows.Zip(report.Rows))
        {
            AssertSame(expected.Figures, actual.Figures, $"row {expected.Key}");
        }

        Assert.Equal(periods.Select(p => p.Label), report.Periods.Select(p => p.Label));
        foreach (var (expected, actual) in periods.Zip(report.Periods))
        {
            AssertSame(expected.Figures, actual.Figures, $"period {expected.Label}");
        }

        AssertSame(total, report.Total, "total");
        // Weekends are quiet: their periods are empty, with no mean, no percentile and no rate ("—" on the page).
        if (period == ReportPeriod.Day)
        {
            var sunday = Assert.Single(report.Periods, p => p.Start == new DateOnly(2026, 9, 6)).Figures;
            Assert.Equal(0, sunday.Issued);
            Assert.Null(sunday.MeanWaitSeconds);
            Assert.Null(sunday.P90WaitSeconds);
            Assert.Null(sunday.MeanServiceSeconds);
            Assert.Null(sunday.OneVisitRate);
        }
    }

    [Fact]
    public async Task Load_ByHall_OverEveryHall_GivesTheInMemoryFigures_AndTheQuietHallsEmpty()
    {
        await SeedAsync();

        var report = await _factory.Get<ReportQueries>().LoadAsync(null, From, To, ReportPeriod.Week, ReportDimension.Hall);
        var (rows, periods, total) = ReportMath.Group(await InMemoryAsync(null, ReportDimension.Hall), From, To, ReportPeriod.Week);

        Assert.NotNull(report);
        foreach (var row in report.Rows)
        {
            var expected = rows.SingleOrDefault(r => r.Key == row.Key)?.Figures ?? ReportMath.Sum([], [], []);
            AssertSame(expected, row.Figures, $"hall {row.Key}");
        }

        Assert.Equal(rows.Select(r => r.Key).Order(), report.Rows.Where(r => r.Figures.Issued > 0).Select(r => r.Key).Order());
        var quiet = Assert.Single(report.Rows, r => r.Key == "SDG").Figures;
        Assert.Equal((0, null, null), (quiet.Issued, quiet.MeanWaitSeconds, quiet.P90WaitSeconds));
        foreach (var (expected, actual) in periods.Zip(report.Periods))
        {
            AssertSame(expected.Figures, actual.Figures, $"period {expected.Label}");
        }

        AssertSame(total, report.Total, "total");
    }

    [Fact]
    public async Task Load_CountsTicketsInTheDatabase_ReadingOnlyTheWaits()
    {
        await SeedAsync();

        var commands = await CommandLog.CaptureAsync(() => _factory.Get<ReportQueries>().LoadAsync("AM", From, To, ReportPeriod.Day, ReportDimension.Line));

        var onTickets = commands.Where(c => c.Text.Contains("\"Tickets\"", StringComparison.Ordinal)).Select(c => c.Text).ToList();
        Assert.Equal(2, onTickets.Count);
        var grouped = Assert.Single(onTickets, t => t.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("COUNT(*)", grouped, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SUM(", grouped, StringComparison.OrdinalIgnoreCase);
        // The other reads one wait per called ticket, computed by the database, and nothing else of the ticket.
        var waits = Assert.Single(onTickets, t => !t.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
        var select = waits[..waits.IndexOf("FROM", StringComparison.OrdinalIgnoreCase)];
        Assert.DoesNotContain("\"Status\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Number\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"FinishedAt\"", select, StringComparison.Ordinal);
    }

    /// <summary>What the report computed before issue 21: every ticket of the range in memory, keyed, then <see cref="ReportMath"/>.</summary>
    private async Task<ReportFacts> InMemoryAsync(string? hall, ReportDimension by)
    {
        await using var db = await _factory.DbAsync();
        var tickets = await db.Tickets.AsNoTracking().Where(t => (hall == null || t.HallCode == hall) && t.ServiceDate >= From && t.ServiceDate <= To).ToListAsync();
        var names = await db.Users.AsNoTracking().Where(u => hall == null || u.HallCode == hall).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        static string Key(string? value) => string.IsNullOrEmpty(value) ? ReportMath.Unlinked : value;
        var facts = tickets.Select(t => new TicketFact(
            t.ServiceDate,
            Key(by switch
            {
                ReportDimension.Line => t.IssuedLine,
                ReportDimension.Counter => t.CounterNumber?.ToString(CultureInfo.InvariantCulture),
                ReportDimension.Clerk => t.ClerkUserId is { } id ? names.GetValueOrDefault(id, id) : null,
                ReportDimension.Hall => t.HallCode,
                _ => throw new ArgumentOutOfRangeException(nameof(by)),
            }),
            t.Status,
            t.CalledAt is { } called ? (called - t.IssuedAt).TotalSeconds : null,
            t.Status == TicketStatus.Done && t.ServiceStartedAt is { } start && t.FinishedAt is { } end ? (end - start).TotalSeconds : null,
            t.Assisted)).ToList();
        return new ReportFacts(facts, [], [], new Dictionary<string, string>());
    }

    private static void AssertSame(ReportFigures expected, ReportFigures actual, string where)
    {
        Assert.True(
            (expected.Issued, expected.Served, expected.NoShows, expected.Assisted, expected.Accepted, expected.Concluded, expected.Overdue, expected.Evaluations)
            == (actual.Issued, actual.Served, actual.NoShows, actual.Assisted, actual.Accepted, actual.Concluded, actual.Overdue, actual.Evaluations),
            $"{where}: counts {expected} ≠ {actual}");
        Close(expected.MeanWaitSeconds, actual.MeanWaitSeconds, $"{where}: mean wait");
        Close(expected.P90WaitSeconds, actual.P90WaitSeconds, $"{where}: p90 wait");
        Close(expected.MeanServiceSeconds, actual.MeanServiceSeconds, $"{where}: mean service");
        Assert.Equal(expected.OneVisitRate, actual.OneVisitRate);
        Assert.Equal(expected.SatisfactionRate, actual.SatisfactionRate);
    }

    private static void Close(double? expected, double? actual, string what)
    {
        Assert.True(expected is null == actual is null, $"{what}: {expected} vs {actual}");
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= Seconds, $"{what}: {e} vs {a}");
        }
    }

    /// <summary>September 2026 in AM and XY, weekdays only: every state a ticket ends a day in, two halls' clerks and one nobody knows.</summary>
    private async Task SeedAsync()
    {
        await using var db = await _factory.DbAsync();
        if (await db.Tickets.AnyAsync(t => t.ServiceDate >= From && t.ServiceDate <= To))
        {
            return;
        }

        var random = new Random(21);
        string[] lines = ["A", "B", "C", "D", "E"];
        foreach (var hall in new[] { "AM", "XY" })
        {
            var clerks = await db.Users.Where(u => u.HallCode == hall).Select(u => u.Id).Take(3).ToListAsync();
            clerks.Add("gone-clerk");
            for (var day = From; day <= To; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                var sequence = new Dictionary<string, int>();
                var opening = day.ToDateTime(new TimeOnly(0, 30), DateTimeKind.Utc);
                for (var i = 0; i < 40; i++)
                {
                    var line = lines[random.Next(lines.Length)];
                    sequence[line] = sequence.GetValueOrDefault(line) + 1;
                    // Ticks below the millisecond, as a real clock gives them.
                    var issued = opening.AddSeconds(i * 97).AddTicks(random.Next(10_000));
                    var ticket = Ticket.Issue(hall, line, day, sequence[line], null, false, issued);
                    var called = issued.AddSeconds(random.Next(30, 3_000)).AddTicks(random.Next(10_000));
                    var counter = random.Next(6) == 0 ? 10 : 1 + random.Next(4);
                    switch (i % 8)
                    {
                        case 0:
                            break;
                        case 1:
                            ticket.Cancel(issued.AddMinutes(5));
                            break;
                        case 2:
                            ticket.Call(counter, clerks[i % clerks.Count], called);
                            ticket.Recall(called.AddMinutes(1));
                            ticket.MarkNoShow(1, called.AddMinutes(2));
                            break;
                        case 3:
                            ticket.Call(counter, clerks[i % clerks.Count], called);
                            break;
                        case 4:
                            ticket.Call(counter, clerks[i % clerks.Count], called);
                            ticket.StartService(called.AddSeconds(20));
                            break;
                        default:
                            ticket.Call(counter, clerks[i % clerks.Count], called);
                            ticket.StartService(called.AddSeconds(random.Next(5, 60)));
                            ticket.Finish(ticket.ServiceStartedAt!.Value.AddSeconds(random.Next(60, 1_200)).AddTicks(random.Next(10_000)));
                            ticket.MarkAssisted(i % 3 == 0);
                            break;
                    }

                    db.Tickets.Add(ticket);
                }
            }
        }

        await db.SaveChangesAsync();
    }
}
