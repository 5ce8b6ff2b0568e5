using System.Net;
using System.Text;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>
/// 分建统管月报: each hall's month from its cases — 一件事, 告知承诺 share, 免提交 materials, 帮办 (the visit's mark), 代办
/// (an agent), results mailed; every hall for district roles, a hall manager's own hall only.
/// </summary>
public sealed class MonthlyReportTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private static readonly DateOnly December = new(2026, 12, 1);
    private static readonly Applicant Zhang = new(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null);

    private static CaseMaterial Material(string key, MaterialState state) => new(key, key, "原件", 1, true, state, null);

    private static CaseItem Item(bool atOnce = false, bool commitment = false, string code = "23100400CG-XK-0001") =>
        new(code, "户外招牌设置审批", "cg", "区城市管理和综合执法局", 3, atOnce, CommitmentAllowed: commitment);

    /// <summary>XY: a bundle on commitment by an agent with two waived materials, taken in on a 帮办 visit, and a plain case. AM: a case mailed.</summary>
    private async Task CasesAsync()
    {
        await using (var check = await factory.DbAsync())
        {
            if (await check.Cases.AnyAsync(c => c.CaseNumber == "XY202612010901"))
            {
                return;
            }
        }

        var clerk = await factory.ActorAsync("clerk-xy1");
        await factory.Get<OpenCounter>().HandleAsync(clerk, "XY", 1);
        await factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("XY", "A", null, false), Actor.Anonymous(null, "test"));
        var number = await factory.Get<CallNextTicket>().HandleAsync(clerk);
        await factory.Get<MarkAssisted>().HandleAsync(clerk, true);

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.DbAsync();
        var calendar = await CalendarStore.LoadAsync(db, default);
        var ticket = await db.Tickets.SingleAsync(t => t.HallCode == "XY" && t.Number == number);
        var bundle = new Case("XY202612010901", "XY", number, "刘洋", Zhang with { AgentName = "李梅" }, "YJS-TEST", "测试一件事", true,
            [Item(commitment: true).WithCommitment(), Item(code: "23100400CG-XK-0002")],
            [Material("a", MaterialState.FromLicence), Material("b", MaterialState.FromDepartment), Material("c", MaterialState.Submitted)], now);
        bundle.TakenInDuring(ticket);
        var plain = new Case("XY202612010902", "XY", null, "刘洋", Zhang, "23100400CG-XK-0001", "户外招牌设置审批", false,
            [Item()], [Material("c", MaterialState.Submitted)], now);
        var mailed = new Case("AM202612010903", "AM", null, "王晓燕", Zhang, "23100400CG-XK-0001", "户外招牌设置审批", false,
            [Item(atOnce: true)], [Material("c", MaterialState.Submitted)], now);
        foreach (var c in (Case[])[bundle, plain, mailed])
        {
            c.Accept(calendar, December, "测试", now);
        }

        mailed.SendByMail("爱民区光华街 1 号", "中国邮政 EMS", "1234567890123", "测试", now);
        db.Cases.AddRange(bundle, plain, mailed);
        await db.SaveChangesAsync();
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }

    [Fact]
    public async Task Month_CountsEachHallsFiguresFromItsCases()
    {
        await CasesAsync();

        var report = await factory.Get<MonthlyReportQueries>().LoadAsync(null, December);

        Assert.Equal(["AM", "XY", "SDG"], report.Rows.Select(r => r.HallCode));
        var xy = report.Rows.Single(r => r.HallCode == "XY");
        Assert.Equal((2, 1, 1, 0.5, 2, 1, 1, 0), (xy.Accepted, xy.Bundles, xy.ByCommitment, xy.CommitmentShare, xy.MaterialsWaived, xy.Assisted, xy.ByAgent, xy.Mailed));
        var am = report.Rows.Single(r => r.HallCode == "AM");
        Assert.Equal((1, 0, 0, 1), (am.Accepted, am.Bundles, am.Assisted, am.Mailed));
        Assert.Equal(0, report.Rows.Single(r => r.HallCode == "SDG").Accepted);
        Assert.Equal((3, 1), (report.Total.Accepted, report.Total.Mailed));
    }

    [Fact]
    public async Task NextMonth_CountsNone()
    {
        await CasesAsync();

        var report = await factory.Get<MonthlyReportQueries>().LoadAsync(null, December.AddMonths(1));

        Assert.Equal(0, report.Total.Accepted + report.Total.Mailed);
    }

    [Fact]
    public async Task Csv_ForTheDistrict_HoldsEveryHall_ForAHallManager_TheirsOnly()
    {
        await CasesAsync();

        var district = Encoding.UTF8.GetString(await (await SignedInAsync("district")).GetByteArrayAsync("/manager/reports/monthly.csv?month=2026-12"));
        var street = Encoding.UTF8.GetString(await (await SignedInAsync("manager-xy")).GetByteArrayAsync("/manager/reports/monthly.csv?month=2026-12"));

        Assert.Contains("XY,向阳街道便民服务中心,2,1,1,50.0%,2,1,1,0", district, StringComparison.Ordinal);
        Assert.Contains("AM,爱民区政务服务中心,1,0,0,0.0%,0,0,0,1", district, StringComparison.Ordinal);
        Assert.Contains("SDG,三道关镇便民服务中心,0", district, StringComparison.Ordinal);
        Assert.Contains("XY,向阳街道便民服务中心,2,", street, StringComparison.Ordinal);
        Assert.DoesNotContain("爱民区政务服务中心", street, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HallManagerAskingForAllHalls_Is403()
    {
        var response = await (await SignedInAsync("manager-xy")).GetAsync("/manager/reports/monthly.csv?month=2026-12&hall=all");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "report.monthly" && a.Actor == "manager-xy" && a.Outcome == AuditOutcome.Denied));
    }
}
