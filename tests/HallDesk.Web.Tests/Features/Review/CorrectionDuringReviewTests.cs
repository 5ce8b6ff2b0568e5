using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>
/// 补正 during review (issue 16 item 3) through the real use cases: the requesting department's clock stops, and those of
/// the departments it chose; the others keep reviewing; its notice is its own, not the window's one-time notice.
/// </summary>
public sealed class CorrectionDuringReviewTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private const string Design = "招牌效果图（标明尺寸及安装位置）";

    [Fact]
    public async Task ReturnForCorrection_InBundle_OnlyTheChosenTasksWait_TheOthersDecide_AndTheMaterialRestartsTheStoppedClocks()
    {
        var number = await ReturnedRestaurantAsync(waiting: ["xf"]);

        // 市场监管 was not chosen: it decides while 城管 waits for the applicant.
        await DecideAsync(number, "scjg");
        var refused = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(number, "xf"));
        Assert.Equal("Review.WaitsForCorrection", refused.Key);

        var c = await DocumentCases.LoadAsync(factory, number);
        Assert.Equal(CaseStatus.AwaitingCorrection, c.Status);
        Assert.Equal(ReviewStatus.Approved, Task(c, "scjg").Status);
        Assert.Equal(ReviewStatus.Returned, Task(c, "cg").Status);
        Assert.NotNull(Task(c, "xf").CorrectionSince);
        Assert.Null(Task(c, "zj").CorrectionSince);

        // The applicant brings the material at the window: the stopped clocks go on, the returned task is pending again.
        await factory.Get<ProvideCorrection>().HandleAsync(await factory.ActorAsync("clerk1"), number, [Assert.Single(c.MissingMaterials).Key]);
        c = await DocumentCases.LoadAsync(factory, number);
        Assert.Equal(CaseStatus.UnderReview, c.Status);
        Assert.Equal(ReviewStatus.Pending, Task(c, "cg").Status);
        Assert.All(c.Tasks, t => Assert.Null(t.CorrectionSince));
        await DecideAsync(number, "xf");
        await DecideAsync(number, "cg");
    }

    [Fact]
    public async Task ReturnForCorrection_IssuesTheDepartmentsReviewNotice_WithItsGroundAndOnlyItsMaterial_NotTheOneTimeNotice()
    {
        var number = await ReturnedRestaurantAsync(waiting: ["xf"]);

        var documents = await DocumentCases.DocumentsAsync(factory, number);
        Assert.DoesNotContain(documents, d => d.Kind == DocumentKind.Correction);
        var notice = Assert.Single(documents, d => d.Kind == DocumentKind.ReviewCorrection);
        Assert.Equal("审查期间补正材料通知书", notice.Title);
        Assert.Matches(new Regex(@"^爱民城管补字〔\d{4}〕第\d{4}号$"), notice.Number);
        var text = PdfText.Of(notice.Content);
        Assert.StartsWith("牡丹江市爱民区城市管理和综合执法局审查期间补正材料通知书" + notice.Number, text);
        Assert.Contains("《中华人民共和国行政许可法》第三十四条第一款和《城市市容和环境卫生管理条例》第十一条", text);
        Assert.Contains(Design, text);
        Assert.Contains("审查期限中止计算", text);
        Assert.Contains("补正所需时间不计入办理期限", text);
        Assert.Contains("区消防救援大队的审查同时等待本次补正材料", text);
        Assert.Contains("区市场监督管理局、区住房和城乡建设局的审查不受本次补正影响", text);
        Assert.DoesNotContain("一次性告知", text);
        Assert.DoesNotContain("第三十二条第一款第（四）项", text);
        // Only what 城管 asked for: none of the materials handed in at the window.
        var c = await DocumentCases.LoadAsync(factory, number);
        Assert.All(c.Materials.Where(m => m.Source is null).Select(m => m.Name), name => Assert.DoesNotContain(name, text));
        Assert.DoesNotContain("13987654321", text);
        Assert.DoesNotMatch(new Regex(@"1[3-9]\d{9}"), text);
    }

    private async Task<string> ReturnedRestaurantAsync(string[] waiting)
    {
        var result = await DocumentCases.TakeInAsync(factory, DocumentCases.Hongfu, DocumentCases.Restaurant, DocumentCases.RestaurantMaterials);
        Assert.Equal(CaseStatus.UnderReview, result.Status);
        var c = await DocumentCases.LoadAsync(factory, result.CaseNumber);
        await factory.Get<ReturnCaseForCorrection>().HandleAsync(await factory.ActorAsync("reviewer-cg"), result.CaseNumber, Task(c, "cg").Version, Design, waiting);
        return result.CaseNumber;
    }

    private async Task DecideAsync(string number, string department)
    {
        var c = await DocumentCases.LoadAsync(factory, number);
        await factory.Get<ApproveReviewTask>().HandleAsync(await factory.ActorAsync("reviewer-" + department), number, Task(c, department).Version, "符合条件");
    }

    private static ReviewTask Task(Case c, string department) => c.Tasks.Single(t => t.DepartmentCode == department);
}
