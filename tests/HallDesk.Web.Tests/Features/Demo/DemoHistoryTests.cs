using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Demo;

/// <summary>
/// The demo with Demo:History on: its past written through the use cases on the app's clock sent back. Eight working
/// days here (the default is 20) so that the two builds this class makes stay quick.
/// </summary>
public sealed class HistoryFactory : HallDeskFactory
{
    public const int Days = 8;

    protected override bool History => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:HistoryDays", Days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The fake clock, as one the history can send back in time.
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new HistoryClock(Clock)));
    }
}

public class DemoHistoryTests : IClassFixture<HistoryFactory>
{
    private readonly HistoryFactory _factory;

    public DemoHistoryTests(HistoryFactory factory) => _factory = factory;

    [Fact]
    public async Task History_TheInboxesShowAllFourDeadlineLights()
    {
        var lights = new Dictionary<DeadlineLight, int>();
        foreach (var (code, _) in DemoData.Departments)
        {
            var inbox = await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery(code, InboxFilter.Open, null, null, 0, 20));
            foreach (var (light, count) in inbox.OpenByLight)
            {
                lights[light] = lights.GetValueOrDefault(light) + count;
            }
        }

        Assert.All([DeadlineLight.Green, DeadlineLight.Yellow, DeadlineLight.Red, DeadlineLight.Suspended],
            light => Assert.True(lights.GetValueOrDefault(light) > 0, $"no {light} light in any inbox"));
    }

    [Fact]
    public async Task History_EveryHallsReportHasServedTicketsNoShowsCasesAndRatings()
    {
        var today = new DateOnly(2026, 12, 1);
        foreach (var hall in DemoData.Halls)
        {
            var report = await _factory.Get<ReportQueries>().LoadAsync(hall.Code, today.AddDays(-30), today, ReportPeriod.Day, ReportDimension.Line);
            Assert.NotNull(report);
            Assert.True(report.Total.Served > 0, hall.Code);
            Assert.True(report.Total.Accepted > 0, hall.Code);
            Assert.True(report.Periods.Count(p => p.Figures.Issued > 0) >= HistoryFactory.Days, hall.Code);
        }

        var am = (await _factory.Get<ReportQueries>().LoadAsync("AM", today.AddDays(-30), today, ReportPeriod.Day, ReportDimension.Line))!;
        Assert.True(am.Total.NoShows > 0);
        Assert.True(am.Total.Evaluations > 0);
        Assert.True(am.Total.Concluded > 0);
    }

    [Fact]
    public async Task History_CasesInEveryState_WithDocuments_RatingsRectificationsAndFeedback()
    {
        await using var db = await _factory.DbAsync();
        var cases = await db.Cases.AsNoTracking().Include(c => c.Tasks).ToListAsync();

        Assert.Contains(cases, c => c.Status == CaseStatus.UnderReview);
        Assert.Contains(cases, c => c.Status == CaseStatus.AwaitingCorrection);
        Assert.Contains(cases, c => c.Tasks.Any(t => t.IsSuspended));
        Assert.Contains(cases, c => c.Status == CaseStatus.NotAccepted);
        Assert.Contains(cases, c => c.Outcome == CaseOutcome.Approved);
        Assert.Contains(cases, c => c.Outcome is CaseOutcome.Denied or CaseOutcome.PartlyApproved);
        Assert.Contains(cases, c => c.Status == CaseStatus.Delivered && c.DeliveryMethod == DeliveryMethod.Window);
        Assert.Contains(cases, c => c.DeliveryMethod == DeliveryMethod.Mail);
        Assert.True(cases.Select(c => (c.Tasks.Count > 0 ? c.Tasks[0].DepartmentCode : null)).Distinct().Count() >= 5);
        Assert.True(await db.IssuedDocuments.AnyAsync(d => d.Kind == DocumentKind.Decision));
        Assert.True(await db.IssuedDocuments.AnyAsync(d => d.Kind == DocumentKind.DeliveryReceipt));
        Assert.True(await db.Tickets.AnyAsync(t => t.Status == TicketStatus.NoShow));
        Assert.True(await db.Tickets.AnyAsync(t => t.LineCode != t.IssuedLine));
        Assert.Contains(await db.Evaluations.Select(e => e.Level).ToListAsync(), l => l <= Domain.Evaluations.EvaluationLevel.Dissatisfied);
        Assert.True(await db.Rectifications.AnyAsync());
        Assert.True(await db.Feedbacks.AnyAsync());
        // Written in the past, before the app's present.
        Assert.True(await db.Tickets.AllAsync(t => t.ServiceDate < new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public async Task History_EveryTicketHasItsSlip_DatedWhenItWasIssued()
    {
        await using var db = await _factory.DbAsync();
        var tickets = await db.Tickets.AsNoTracking().Select(t => new { t.HallCode, t.Number, t.ServiceDate, t.IssuedAt }).ToListAsync();
        var slips = await db.IssuedDocuments.AsNoTracking().Where(d => d.Kind == DocumentKind.TicketSlip)
            .Select(d => new { d.HallCode, d.TicketNumber, d.ServiceDate, d.CreatedAt, d.PageCount }).ToListAsync();

        Assert.NotEmpty(tickets);
        Assert.Equal(tickets.Count, slips.Count);
        var byTicket = slips.ToDictionary(s => (s.HallCode, s.TicketNumber, s.ServiceDate));
        Assert.All(tickets, t =>
        {
            var slip = byTicket[(t.HallCode, t.Number, (DateOnly?)t.ServiceDate)];
            Assert.Equal(t.IssuedAt, slip.CreatedAt);
            Assert.Equal(1, slip.PageCount);
        });
    }

    [Fact]
    public async Task History_AfterItsDays_CommitsAreSyncedOneByOneAgain()
    {
        // 2 = FULL: a ticket the kiosk confirms after the history survives a power cut.
        Assert.Equal(2L, await SynchronousAsync());
        Assert.False(_factory.Get<SqlitePragmas>().Relaxed);
    }

    [Fact]
    public async Task RelaxedSync_ConnectionsOpenedMeanwhileSyncAtCheckpointsOnly()
    {
        var pragmas = _factory.Get<SqlitePragmas>();
        using (pragmas.RelaxSync())
        {
            Assert.Equal(1L, await SynchronousAsync());
        }

        Assert.Equal(2L, await SynchronousAsync());
    }

    private async Task<object?> SynchronousAsync()
    {
        await using var db = await _factory.DbAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task History_TwoBuilds_SameCounts()
    {
        using var second = new HistoryFactory();
        _ = second.Server;

        Assert.Equal(await CountsAsync(_factory), await CountsAsync(second));
    }

    private static async Task<string> CountsAsync(HallDeskFactory factory)
    {
        await using var db = await factory.DbAsync();
        var tickets = await db.Tickets.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).OrderBy(x => x.Key).ToListAsync();
        var cases = await db.Cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).OrderBy(x => x.Key).ToListAsync();
        var evaluations = await db.Evaluations.CountAsync();
        return string.Join(";", tickets.Select(t => $"{t.Key}={t.Count}")) + "|" + string.Join(";", cases.Select(c => $"{c.Key}={c.Count}")) + "|" + evaluations;
    }
}
