using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>Each step of the loop issues its document inside the same write: 补正, 不予受理, 特别程序, 决定, 送达.</summary>
public sealed class CaseDocumentEventsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CaseDocumentEventsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Correction_AtIntake_IssuesNoticeListingEveryMissingMaterial()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Correction);

        var notice = Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber));
        Assert.Equal((DocumentKind.Correction, "补正材料通知书"), (notice.Kind, notice.Title));
        Assert.StartsWith("爱民政服补字〔2026〕第", notice.Number);
        var text = PdfText.Of(notice.Content);
        Assert.Contains("补正材料通知书", text);
        Assert.Contains("一次性告知需要补正的全部内容", text);
        var missing = (await DocumentCases.LoadAsync(_factory, result.CaseNumber)).MissingMaterials;
        Assert.Equal(2, missing.Count);
        for (var i = 0; i < missing.Count; i++)
        {
            Assert.Contains($"{i + 1}{PdfText.Normalise(missing[i].Name)}", text);
        }
    }

    [Fact]
    public async Task Correction_ThenMaterialsBrought_IssuesTheReceiptOnAcceptance()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Correction);

        await _factory.Get<ProvideCorrection>().HandleAsync(await _factory.ActorAsync("clerk1"), result.CaseNumber, DocumentCases.SignboardMaterials);

        var documents = await DocumentCases.DocumentsAsync(_factory, result.CaseNumber);
        Assert.Equal([DocumentKind.Correction, DocumentKind.Acceptance], documents.Select(d => d.Kind));
        Assert.Contains("受理通知书", PdfText.Of(documents[1].Content));
    }

    [Fact]
    public async Task Reject_AtIntake_IssuesNoticeWithReasonLegalBasisAndAppealRights()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Reject,
            "招牌设置位置不在本区范围", "《中华人民共和国行政许可法》第三十二条第一款第（二）项");

        var notice = Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber));
        Assert.Equal((DocumentKind.Rejection, "不予受理通知书"), (notice.Kind, notice.Title));
        Assert.StartsWith("爱民政服不受字〔2026〕第", notice.Number);
        var text = PdfText.Of(notice.Content);
        Assert.Contains("不予受理通知书", text);
        Assert.Contains("决定不予受理", text);
        Assert.Contains("不予受理理由招牌设置位置不在本区范围", text);
        Assert.Contains("法律依据《中华人民共和国行政许可法》第三十二条第一款第（二）项", text);
        Assert.Contains("六十日内向牡丹江市爱民区人民政府申请行政复议", text);
        Assert.Contains("六个月内向牡丹江市爱民区人民法院提起行政诉讼", text);
    }

    [Fact]
    public async Task Review_SuspendResumeApproveDeliver_IssuesNoticeDecisionAndDeliveryReceipt()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var reviewer = await _factory.ActorAsync("reviewer-cg");

        await _factory.Get<SuspendReviewTask>().HandleAsync(reviewer, result.CaseNumber, await VersionAsync(result.CaseNumber), "需现场勘验招牌设置位置", SuspensionKind.Inspection);
        await _factory.Get<ResumeReviewTask>().HandleAsync(reviewer, result.CaseNumber, await VersionAsync(result.CaseNumber));
        await _factory.Get<ApproveReviewTask>().HandleAsync(reviewer, result.CaseNumber, await VersionAsync(result.CaseNumber), "设置位置和样式符合规定");
        await _factory.Get<DeliverCaseAtWindow>().HandleAsync(await _factory.ActorAsync("clerk2"), result.CaseNumber);

        var documents = await DocumentCases.DocumentsAsync(_factory, result.CaseNumber);
        Assert.Equal(
            [(DocumentKind.Acceptance, "受理通知书"), (DocumentKind.Suspension, "特别程序告知书"), (DocumentKind.Decision, "准予许可决定书"), (DocumentKind.DeliveryReceipt, "送达回证")],
            documents.Select(d => (d.Kind, d.Title)));
        Assert.Equal(documents.Count, documents.Select(d => d.Number).Distinct().Count());

        var suspension = PdfText.Of(documents[1].Content);
        Assert.Contains("特别程序告知书", suspension);
        Assert.Contains("区城市管理和综合执法局", suspension);
        Assert.Contains("需现场勘验招牌设置位置", suspension);
        Assert.Contains("第四十五条", suspension);
        Assert.Contains(result.CaseNumber, suspension);

        var decision = PdfText.Of(documents[2].Content);
        Assert.Contains("准予许可决定书", decision);
        Assert.Contains("决定准予许可", decision);
        Assert.Contains("设置位置和样式符合规定", decision);
        Assert.DoesNotContain("行政复议", decision);

        var delivery = PdfText.Of(documents[3].Content);
        Assert.Contains("送达回证", delivery);
        Assert.Contains("办件编号" + result.CaseNumber, delivery);
        Assert.Contains("受送达人牡丹江鸿福餐饮管理有限公司", delivery);
        Assert.Contains("送达方式统一出件窗口领取", delivery);
        Assert.Contains("户外招牌设置审批办理结果（准予）", delivery);
    }

    [Fact]
    public async Task DeliverAtWindow_ByAnotherClerk_DeliveryReceiptNamesWhoHandedItOver()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), result.CaseNumber, await VersionAsync(result.CaseNumber), "同意");

        // Taken in by 王晓燕 (clerk1), handed over at the output window by 李建国 (clerk2).
        await _factory.Get<DeliverCaseAtWindow>().HandleAsync(await _factory.ActorAsync("clerk2"), result.CaseNumber);

        var receipt = (await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Single(d => d.Kind == DocumentKind.DeliveryReceipt);
        Assert.Equal("李建国", receipt.CreatedBy);
        Assert.Contains("送达人李建国", PdfText.Of(receipt.Content));
    }

    [Fact]
    public async Task Review_Deny_IssuesRefusalDecisionWithTheReasonAndAppealRights()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);

        await _factory.Get<DenyReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), result.CaseNumber, await VersionAsync(result.CaseNumber), "招牌遮挡消防通道");

        var decision = (await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Single(d => d.Kind == DocumentKind.Decision);
        Assert.Equal("不予许可决定书", decision.Title);
        var text = PdfText.Of(decision.Content);
        Assert.Contains("决定不予许可", text);
        Assert.Contains("招牌遮挡消防通道", text);
        Assert.Contains("六十日内向牡丹江市爱民区人民政府申请行政复议", text);
        Assert.Contains("六个月内向牡丹江市爱民区人民法院提起行政诉讼", text);
    }

    [Fact]
    public async Task Accept_InstantItem_IssuesReceiptAndDecisionAtOnce()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Zhang, DocumentCases.SoleTrader, ["application-gtgs"]);

        Assert.Equal(CaseStatus.Concluded, result.Status);
        Assert.Equal([(DocumentKind.Acceptance, "受理通知书"), (DocumentKind.Decision, "准予许可决定书")], result.Documents.Select(d => (d.Kind, d.Title)));
        var stored = await DocumentCases.DocumentsAsync(_factory, result.CaseNumber);
        Assert.Equal(result.Documents.Select(d => (d.Id, d.Number, d.Sha256)), stored.Select(d => (d.Id, d.Number, d.Sha256)));
        // A person's ID number is masked on paper.
        Assert.DoesNotContain("231004196803120310", PdfText.Of(stored[0].Content));
    }

    [Fact]
    public async Task Documents_OfAOneItemCase_EachFitOnOnePageWithTheirSignatureBlock()
    {
        var corrected = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Correction);
        var rejected = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Reject, "不属于本区管辖", "《中华人民共和国行政许可法》第三十二条");
        var accepted = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var reviewer = await _factory.ActorAsync("reviewer-cg");
        await _factory.Get<SuspendReviewTask>().HandleAsync(reviewer, accepted.CaseNumber, await VersionAsync(accepted.CaseNumber), "需现场勘验", SuspensionKind.Inspection);
        await _factory.Get<ResumeReviewTask>().HandleAsync(reviewer, accepted.CaseNumber, await VersionAsync(accepted.CaseNumber));
        await _factory.Get<ApproveReviewTask>().HandleAsync(reviewer, accepted.CaseNumber, await VersionAsync(accepted.CaseNumber), "同意");
        await _factory.Get<DeliverCaseAtWindow>().HandleAsync(await _factory.ActorAsync("clerk1"), accepted.CaseNumber);

        var documents = new List<IssuedDocument>();
        foreach (var number in new[] { corrected.CaseNumber, rejected.CaseNumber, accepted.CaseNumber })
        {
            documents.AddRange(await DocumentCases.DocumentsAsync(_factory, number));
        }

        // A page holding nothing but the signature and the seal can be separated from what was signed.
        Assert.Equal(6, documents.Count);
        Assert.Equal(documents.Select(d => (d.Title, 1)), documents.Select(d => (d.Title, d.PageCount)));
        Assert.All(documents, d => Assert.Single(PdfText.Pages(d.Content)));
    }

    private async Task<int> VersionAsync(string caseNumber) => (await DocumentCases.LoadAsync(_factory, caseNumber)).Tasks.Single().Version;
}
