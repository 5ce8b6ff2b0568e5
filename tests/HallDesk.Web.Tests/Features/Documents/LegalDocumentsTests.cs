using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Review;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Each document kind read back from its PDF as a lawyer would: its title, its 文号, the article it rests on and, where it
/// goes against the applicant, the named 复议机关 and 人民法院 with the time limits; never a full phone or ID number.
/// </summary>
public sealed class LegalDocumentsTests : IClassFixture<HallDeskFactory>
{
    private const string DistrictGovernment = "牡丹江市爱民区人民政府";
    private const string DistrictCourt = "牡丹江市爱民区人民法院";
    private readonly HallDeskFactory _factory;

    public LegalDocumentsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Reject_NotWithinPowers_CitesArticle32_1_2_NamesWhereToApply_AppealBodyCourtAndCarriesTheRatingQr()
    {
        var result = await RejectAsync(RejectionGround.NotWithinPowers, "招牌设置在市级主干道，由市级主管部门审批", "牡丹江市城市管理综合行政执法局");

        var notice = Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber));
        Assert.Equal((DocumentKind.Rejection, "不予受理通知书"), (notice.Kind, notice.Title));
        Assert.Matches(new Regex(@"^爱民政服不受字〔2026〕第\d{4}号$"), notice.Number);
        var text = PdfText.Of(notice.Content);
        Assert.Contains("不予受理通知书", text);
        Assert.Contains(notice.Number, text);
        Assert.Contains("法律依据《中华人民共和国行政许可法》第三十二条第一款第（二）项", text);
        Assert.Contains("申请事项依法不属于本行政机关职权范围", text);
        Assert.Contains("请向以下机关申请牡丹江市城市管理综合行政执法局", text);
        // The item's own regulation is not the ground of a refusal to accept.
        Assert.DoesNotContain("《城市市容和环境卫生管理条例》", text);
        Assert.Contains($"六十日内向{DistrictGovernment}申请行政复议", text);
        Assert.Contains($"六个月内向{DistrictCourt}提起行政诉讼", text);
        Assert.Contains("《中华人民共和国行政复议法》第二十条", text);
        // 好差评 covers refusals: the citizen's copy carries the rating QR code.
        var c = await DocumentCases.LoadAsync(_factory, result.CaseNumber);
        var rating = $"http://localhost:5125/evaluate/{c.EvaluationToken}";
        Assert.Contains("扫码评价" + rating, text);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(notice.Content))
        {
            Assert.True(QrOnPage.Shows(pdf.GetPages().Single(p => PdfText.Normalise(p.Text).Contains(rating, StringComparison.Ordinal)), rating, 22));
        }

        AssertNoFullPersonalData(text);
    }

    [Fact]
    public async Task Reject_NotALicensingMatter_CitesArticle32_1_1()
    {
        var result = await RejectAsync(RejectionGround.NotLicensingMatter, "", null);

        var text = PdfText.Of(Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Content);
        Assert.Contains("申请事项依法不需要取得行政许可", text);
        Assert.Contains("法律依据《中华人民共和国行政许可法》第三十二条第一款第（一）项", text);
        Assert.DoesNotContain("请向以下机关申请", text);
        Assert.Contains(DistrictGovernment, text);
    }

    [Fact]
    public async Task Reject_FalseMaterials_CitesArticle78AndTheYearBar()
    {
        var result = await RejectAsync(RejectionGround.FalseInformation, "提交的场所租赁合同系伪造", null);

        var text = PdfText.Of(Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Content);
        Assert.Contains("法律依据《中华人民共和国行政许可法》第七十八条", text);
        Assert.Contains("一年内不得再次申请", text);
    }

    [Fact]
    public async Task Reject_NotWithinPowersWithoutTheBodyToApplyTo_IsRefusedAndNothingIsStored()
    {
        await using var db = await _factory.DbAsync();
        var cases = await db.Cases.CountAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => RejectAsync(RejectionGround.NotWithinPowers, "不属于本区", " "));

        Assert.Equal("Case.RejectApplyToRequired", error.Key);
        Assert.Equal(cases, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task Deny_IssuedInTheDepartmentsName_WithItsSeries_TheItemsLaw_TheFacts_AppealBodyAndCourt()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);

        await _factory.Get<DenyReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), result.CaseNumber, await VersionAsync(result.CaseNumber), "招牌遮挡消防通道");

        var decision = (await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Single(d => d.Kind == DocumentKind.Decision);
        Assert.Equal("不予许可决定书", decision.Title);
        Assert.Matches(new Regex(@"^爱民城管许字〔2026〕第\d{4}号$"), decision.Number);
        var text = PdfText.Of(decision.Content);
        Assert.StartsWith("牡丹江市爱民区城市管理和综合执法局不予许可决定书", text);
        Assert.Contains(decision.Number, text);
        Assert.Contains("不符合《城市市容和环境卫生管理条例》第十一条规定的条件、标准", text);
        Assert.Contains("本机关查明的事实及理由：招牌遮挡消防通道", text);
        Assert.Contains("根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予许可", text);
        Assert.Contains($"六十日内向{DistrictGovernment}申请行政复议", text);
        Assert.Contains($"六个月内向{DistrictCourt}提起行政诉讼", text);
        Assert.Contains("牡丹江市爱民区城市管理和综合执法局（印章）", text);
        Assert.Contains("扫码评价", text);
        // The hall takes in and delivers; it does not decide.
        Assert.DoesNotContain("审批专用章", text);
        AssertNoFullPersonalData(text);
    }

    [Fact]
    public async Task Bundle_EachDepartmentDecidesItsPartInItsOwnName_TheDeniedOneNamesItsOwnAppealBody()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Restaurant, DocumentCases.RestaurantMaterials);
        foreach (var department in new[] { "scjg", "cg", "zj" })
        {
            await DecideAsync(result.CaseNumber, department, approve: true, "符合规定");
        }

        await DecideAsync(result.CaseNumber, "xf", approve: false, "疏散通道宽度不足1.4米");

        var decisions = (await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Where(d => d.Kind == DocumentKind.Decision).ToList();
        Assert.Equal(4, decisions.Count);
        var fire = Assert.Single(decisions, d => d.Title == "不予许可决定书");
        Assert.StartsWith("爱民消防许字〔2026〕第", fire.Number);
        var fireText = PdfText.Of(fire.Content);
        Assert.StartsWith("牡丹江市爱民区消防救援大队不予许可决定书", fireText);
        Assert.Contains("《中华人民共和国消防法》第十五条", fireText);
        Assert.Contains("疏散通道宽度不足1.4米", fireText);
        // 消防救援 is led vertically: its 复议机关 is the body one level up, as the catalog configures it.
        Assert.Contains("六十日内向牡丹江市消防救援支队申请行政复议", fireText);
        Assert.Contains($"六个月内向{DistrictCourt}提起行政诉讼", fireText);

        var market = Assert.Single(decisions, d => d.Number.StartsWith("爱民市场监管许字", StringComparison.Ordinal));
        Assert.Equal("准予许可决定书", market.Title);
        var marketText = PdfText.Of(market.Content);
        Assert.StartsWith("牡丹江市爱民区市场监督管理局准予许可决定书", marketText);
        Assert.Contains("《中华人民共和国行政许可法》第三十八条第一款", marketText);
        Assert.Contains("《中华人民共和国食品安全法》第三十五条", marketText);
        Assert.DoesNotContain("行政复议", marketText);
        Assert.DoesNotContain("疏散通道", marketText);
        Assert.Equal(4, decisions.Select(d => d.Number).Distinct().Count());
    }

    [Fact]
    public async Task ApproveOnCommitment_DecisionRestsOnTheCommitmentAndNamesTheCheckWithinTheConfiguredDays()
    {
        var result = await CommitmentCheckFlowTests.TakeInOnCommitmentAsync(_factory, CommitmentCheckFlowTests.Person("23100419850612041X"));

        var decision = Assert.Single(result.Documents, d => d.Kind == DocumentKind.Decision);
        var text = PdfText.Of((await DocumentCases.DocumentAsync(_factory, decision.Id)).Content);
        Assert.StartsWith("牡丹江市爱民区市场监督管理局准予许可决定书", text);
        Assert.Contains("以告知承诺方式申请", text);
        Assert.Contains("本机关依据你（单位）的承诺，决定准予许可", text);
        Assert.Contains("自本决定作出之日起40个工作日内对你（单位）承诺的内容进行核查", text);
        Assert.Contains("《中华人民共和国行政许可法》第六十九条第二款", text);
        Assert.DoesNotContain("经审查，符合", text);
    }

    [Fact]
    public async Task HallDocuments_AcceptanceCorrectionSuspensionDelivery_GoOutAsTheWindowWithTheirGrounds()
    {
        var corrected = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Correction);
        var accepted = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var reviewer = await _factory.ActorAsync("reviewer-cg");
        await _factory.Get<SuspendReviewTask>().HandleAsync(reviewer, accepted.CaseNumber, await VersionAsync(accepted.CaseNumber), "需现场勘验", SuspensionKind.Inspection);
        await _factory.Get<ResumeReviewTask>().HandleAsync(reviewer, accepted.CaseNumber, await VersionAsync(accepted.CaseNumber));
        await _factory.Get<ApproveReviewTask>().HandleAsync(reviewer, accepted.CaseNumber, await VersionAsync(accepted.CaseNumber), "同意");
        await _factory.Get<DeliverCaseAtWindow>().HandleAsync(await _factory.ActorAsync("clerk1"), accepted.CaseNumber);

        var documents = (await DocumentCases.DocumentsAsync(_factory, corrected.CaseNumber)).Concat(await DocumentCases.DocumentsAsync(_factory, accepted.CaseNumber)).ToList();
        var expected = new (DocumentKind Kind, string Title, string Word, string Ground)[]
        {
            (DocumentKind.Correction, "补正材料通知书", "补", "第三十二条第一款第（四）项"),
            (DocumentKind.Acceptance, "受理通知书", "受", "第三十二条第一款第（五）项"),
            (DocumentKind.Suspension, "特别程序告知书", "特", "第四十五条"),
            (DocumentKind.DeliveryReceipt, "送达回证", "送", "送达方式"),
        };
        foreach (var (kind, title, word, ground) in expected)
        {
            var document = Assert.Single(documents, d => d.Kind == kind);
            Assert.Matches(new Regex($@"^爱民政服{word}字〔2026〕第\d{{4}}号$"), document.Number);
            var text = PdfText.Of(document.Content);
            Assert.StartsWith("爱民区政务服务中心" + title + document.Number, text);
            Assert.Contains(ground, text);
            AssertNoFullPersonalData(text);
        }
    }

    private static void AssertNoFullPersonalData(string text)
    {
        Assert.DoesNotContain("13987654321", text);
        Assert.DoesNotContain("13812345678", text);
        Assert.DoesNotContain("231004196803120310", text);
        Assert.DoesNotMatch(new Regex(@"1[3-9]\d{9}"), text);
        Assert.DoesNotMatch(new Regex(@"\d{17}[\dX]"), text.Replace("91231004MA72K3QX5M", "", StringComparison.Ordinal));
    }

    private async Task<TakeInApplication.Result> RejectAsync(RejectionGround ground, string reason, string? applyTo) =>
        await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Zhang, DocumentCases.Signboard, [], IntakeDecision.Reject, reason, null,
                RejectGround: ground, RejectApplyTo: applyTo),
            await _factory.ActorAsync("clerk1"));

    private async Task DecideAsync(string caseNumber, string department, bool approve, string opinion)
    {
        var version = (await DocumentCases.LoadAsync(_factory, caseNumber)).Tasks.Single(t => t.DepartmentCode == department && !t.Decided).Version;
        var reviewer = await _factory.ActorAsync("reviewer-" + department);
        if (approve)
        {
            await _factory.Get<ApproveReviewTask>().HandleAsync(reviewer, caseNumber, version, opinion);
        }
        else
        {
            await _factory.Get<DenyReviewTask>().HandleAsync(reviewer, caseNumber, version, opinion);
        }
    }

    private async Task<int> VersionAsync(string caseNumber) => (await DocumentCases.LoadAsync(_factory, caseNumber)).Tasks.Single().Version;
}
