using System.Net;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>
/// A known morning made through the real use cases, checked by hand. Counter 3 (clerk1, 王晓燕), line A,
/// from 09:00 on 2026-12-01: A001 issued at +0, A002 at +2, A003 at +5 min; A001 called at +10 and done
/// at +14; A002 called at +14, called three times, no-show; A003 called at +20 and done at +30; A004
/// issued at +30 and still waiting. Waits 10, 12, 15 min: mean 12.33, p90 15; services 4 and 10: mean 7.
/// The fake clock adds 10 ms per reading, so times are checked to the second.
/// </summary>
public sealed class ReportQueriesTests : IClassFixture<ReportQueriesTests.Fixture>
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private const string Query = "from=2026-12-01&to=2026-12-01&period=day&by=counter";
    private readonly Fixture _fixture;

    public ReportQueriesTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Load_ByLine_GivesTheMorningsFigures()
    {
        var report = await _fixture.Factory.Get<ReportQueries>().LoadAsync("AM", Day, Day, ReportPeriod.Day, ReportDimension.Line);

        var row = Assert.Single(Assert.IsType<HallReport>(report).Rows);
        Assert.Equal("A", row.Key);
        var f = row.Figures;
        Assert.Equal((4, 2, 1), (f.Issued, f.Served, f.NoShows));
        AssertSeconds(37 * 60, f.MeanWaitSeconds! * 3);
        AssertSeconds(15 * 60, f.P90WaitSeconds);
        AssertSeconds(7 * 60, f.MeanServiceSeconds);
        Assert.Equal((0, 0, 0, 0), (f.Accepted, f.Concluded, f.Overdue, f.Evaluations));
        Assert.Null(f.OneVisitRate);
        Assert.Equal(f, report!.Total);
        Assert.Equal(4, Assert.Single(report.Periods).Figures.Issued);
    }

    [Fact]
    public async Task Load_ByCounter_PutsTheNoShowAndTheWaitingTicketUnlinked()
    {
        var report = await _fixture.Factory.Get<ReportQueries>().LoadAsync("AM", Day, Day, ReportPeriod.Day, ReportDimension.Counter);

        Assert.Equal(["3", ReportMath.Unlinked], report!.Rows.Select(r => r.Key));
        var three = report.Rows[0].Figures;
        Assert.Equal((2, 2, 0), (three.Issued, three.Served, three.NoShows));
        AssertSeconds(12.5 * 60, three.MeanWaitSeconds);
        var unlinked = report.Rows[1].Figures;
        Assert.Equal((2, 0, 1), (unlinked.Issued, unlinked.Served, unlinked.NoShows));
        AssertSeconds(12 * 60, unlinked.MeanWaitSeconds);
    }

    [Fact]
    public async Task Load_ByClerk_NamesTheClerk_AndAnotherDayIsEmpty()
    {
        var queries = _fixture.Factory.Get<ReportQueries>();

        var byClerk = await queries.LoadAsync("AM", Day, Day, ReportPeriod.Day, ReportDimension.Clerk);
        var dayAfter = await queries.LoadAsync("AM", Day.AddDays(1), Day.AddDays(7), ReportPeriod.Week, ReportDimension.Line);

        Assert.Equal(3, byClerk!.Rows.Single(r => r.Key == "王晓燕").Figures.Issued);
        Assert.Empty(dayAfter!.Rows);
        Assert.Equal(0, dayAfter.Total.Issued);
    }

    [Fact]
    public async Task ExportCsv_AsManager_IsUtf8WithBomAndChineseHeader_AndAudited()
    {
        using var client = LoginClient.Create(_fixture.Factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);

        using var response = await client.GetAsync("/manager/reports/export.csv?" + Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("周期(日),窗口代码,窗口,取号数,办结数,过号数,帮办数,平均等候(分),90%等候(分),平均办理(分)", lines[0]);
        Assert.StartsWith("2026-12-01,3,", lines[1]);
        Assert.Contains(",2,2,0,0,12.5,15.0,7.0,", lines[1]);
        Assert.StartsWith("合计,,全部,4,2,1,", lines[^1]);
        await using var db = await _fixture.Factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "report.export" && a.Actor == "manager" && a.Subject == "AM/2026-12-01~2026-12-01"));
    }

    [Fact]
    public async Task ExportCsv_AsClerk_IsRefused()
    {
        using var client = LoginClient.Create(_fixture.Factory);
        await LoginClient.SignInAsync(client, "clerk1", HallDeskFactory.Password);

        using var response = await client.GetAsync("/manager/reports/export.csv?" + Query);

        // Staff pages and files send a signed-in user without the role to the access-denied page.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location?.PathAndQuery);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ExportCsv_WithUnknownDimension_IsABadRequest()
    {
        using var client = LoginClient.Create(_fixture.Factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);

        using var response = await client.GetAsync("/manager/reports/export.csv?by=weather");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_AsManager_ShowsTheTableWithTheLineRow_AndTheExportLinks()
    {
        using var client = LoginClient.Create(_fixture.Factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);

        var html = await client.GetStringAsync("/manager/reports");

        Assert.Contains("data-testid=\"report-table\"", html);
        Assert.Contains("data-testid=\"report-row-A\"", html);
        Assert.Contains("manager/reports/export.csv?from=", html);
        Assert.Contains("manager/reports/export.pdf?from=", html);
    }

    [Fact]
    public async Task ExportPdf_AsManager_HasTheTitleRangeAndARow()
    {
        using var client = LoginClient.Create(_fixture.Factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);

        using var response = await client.GetAsync("/manager/reports/export.pdf?" + Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("大厅运行报表", text);
        Assert.Contains("2026-12-01至2026-12-01", text);
        Assert.Contains("3号综合窗口220012.515.07.0", text);
        Assert.Contains("合计421012.315.07.0", text);
    }

    private static void AssertSeconds(double expected, double? actual) =>
        Assert.InRange(actual ?? double.NaN, expected - 1, expected + 1);

    /// <summary>The factory with the morning already played.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public HallDeskFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var f = Factory;
            var clerk = await f.ActorAsync("clerk1");
            var issue = f.Get<IssueTicket>();
            Task Issue() => issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"));
            void Minutes(int m) => f.Clock.Advance(TimeSpan.FromMinutes(m));

            await f.Get<OpenCounter>().HandleAsync(clerk, "AM", 3);
            await Issue();
            Minutes(2);
            await Issue();
            Minutes(3);
            await Issue();
            Minutes(5);
            await f.Get<CallNextTicket>().HandleAsync(clerk);
            Minutes(4);
            await f.Get<FinishService>().HandleAsync(clerk);
            await f.Get<CallNextTicket>().HandleAsync(clerk);
            await f.Get<RecallTicket>().HandleAsync(clerk);
            await f.Get<RecallTicket>().HandleAsync(clerk);
            await f.Get<MarkNoShow>().HandleAsync(clerk);
            Minutes(6);
            await f.Get<CallNextTicket>().HandleAsync(clerk);
            Minutes(10);
            await f.Get<FinishService>().HandleAsync(clerk);
            await Issue();
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
