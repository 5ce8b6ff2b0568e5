using System.Net;
using System.Text;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>
/// The report with the hall as its dimension: every hall side by side for district roles, on the page's query and in the
/// CSV and PDF; a hall manager gets their own hall or a refusal, audited.
/// </summary>
public sealed class CrossHallReportTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private const string Range = "from=2026-12-01&to=2026-12-01";

    private async Task TicketsAsync()
    {
        await using (var db = await factory.DbAsync())
        {
            if (await db.Tickets.AnyAsync(t => t.HallCode == "SDG"))
            {
                return;
            }
        }

        var anonymous = Actor.Anonymous(null, "test");
        foreach (var (hall, count) in (ValueTuple<string, int>[])[("AM", 1), ("XY", 2), ("SDG", 3)])
        {
            for (var i = 0; i < count; i++)
            {
                await factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command(hall, "A", null, false), anonymous);
            }
        }
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }

    [Fact]
    public async Task ByHall_OverEveryHall_HoldsARowPerHall()
    {
        await TicketsAsync();

        var report = await factory.Get<ReportQueries>().LoadAsync(null, Day, Day, ReportPeriod.Day, ReportDimension.Hall);

        Assert.NotNull(report);
        Assert.Equal(ReportQueries.AllHallsName, report.HallName);
        var issued = report.Rows.ToDictionary(r => r.Key, r => (r.Label, r.Figures.Issued));
        Assert.Equal(("爱民区政务服务中心", 1), issued["AM"]);
        Assert.Equal(("向阳街道便民服务中心", 2), issued["XY"]);
        Assert.Equal(("三道关镇便民服务中心", 3), issued["SDG"]);
        Assert.Equal(6, report.Total.Issued);
        // In the district's order, as /district shows the halls: the district hall, then the street halls.
        Assert.Equal(["AM", "XY", "SDG"], report.Rows.Select(r => r.Key));
    }

    [Fact]
    public async Task CsvAndPdf_ForTheDistrict_HoldEachHallsRow()
    {
        await TicketsAsync();
        var client = await SignedInAsync("district");

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/manager/reports/export.csv?{Range}&by=hall"));
        var pdf = await client.GetByteArrayAsync($"/manager/reports/export.pdf?{Range}&by=hall");

        Assert.Contains("合计,AM,爱民区政务服务中心,1,", csv, StringComparison.Ordinal);
        Assert.Contains("合计,XY,向阳街道便民服务中心,2,", csv, StringComparison.Ordinal);
        Assert.Contains("合计,SDG,三道关镇便民服务中心,3,", csv, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("全区各大厅", text, StringComparison.Ordinal);
        Assert.Contains("三道关镇便民服务中心", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hall=all")]
    [InlineData("hall=AM")]
    [InlineData("by=hall")]
    public async Task HallManager_AskingForAllOrAnotherHall_Is403_AndAudited(string ask)
    {
        var client = await SignedInAsync("manager-xy");

        var response = await client.GetAsync($"/manager/reports/export.csv?{Range}&{ask}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("爱民区政务服务中心", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "report.export" && a.Actor == "manager-xy" && a.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task HallManager_WithoutAHall_GetsTheirOwnHall()
    {
        await TicketsAsync();
        var client = await SignedInAsync("manager-xy");

        var response = await client.GetAsync($"/manager/reports/export.csv?{Range}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("report-XY-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Contains("合计,,全部,2,", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistrictRole_NamingAHall_GetsThatHall()
    {
        await TicketsAsync();
        var client = await SignedInAsync("district");

        var response = await client.GetAsync($"/manager/reports/export.csv?{Range}&hall=SDG");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("合计,,全部,3,", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
