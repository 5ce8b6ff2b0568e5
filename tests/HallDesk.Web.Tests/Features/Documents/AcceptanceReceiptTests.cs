using System.Globalization;
using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>受理通知书 as the applicant takes it home: read back from the archived PDF with PdfPig.</summary>
public sealed class AcceptanceReceiptTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public AcceptanceReceiptTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Accept_Item_ReceiptNamesCaseApplicantPromiseMaterialsNumberAndClerk()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);

        var reference = Assert.Single(result.Documents);
        Assert.Equal(DocumentKind.Acceptance, reference.Kind);
        var receipt = await DocumentCases.DocumentAsync(_factory, reference.Id);
        var c = await DocumentCases.LoadAsync(_factory, result.CaseNumber);
        var text = PdfText.Of(receipt.Content);
        Assert.Equal("受理通知书", receipt.Title);
        Assert.Matches(new Regex(@"^爱民政服受字〔2026〕第\d{4}号$"), receipt.Number);
        Assert.Contains("受理通知书", text);
        Assert.Contains(receipt.Number, text);
        Assert.Contains("办件编号" + result.CaseNumber, text);
        Assert.Contains("牡丹江鸿福餐饮管理有限公司（法定代表人：马文斌）", text);
        Assert.Contains("户外招牌设置审批", text);
        Assert.Contains($"承诺办结日期{result.PromisedDate:yyyy年M月d日}", text);
        Assert.Contains($"承诺于{result.PromisedDate:yyyy年M月d日}前办结", text);
        Assert.Contains("受理人王晓燕", text);
        foreach (var material in c.Materials.Where(m => m.Satisfied))
        {
            Assert.Contains(PdfText.Normalise(material.Name), text);
        }

        // The receipt is handed over the counter: the phone is masked.
        Assert.DoesNotContain("13987654321", text);
    }

    [Fact]
    public async Task Accept_Item_ReceiptCarriesProgressAndEvaluationLinksAsQrCodesWithCaptions()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);

        var c = await DocumentCases.LoadAsync(_factory, result.CaseNumber);
        var receipt = await DocumentCases.DocumentAsync(_factory, result.Documents.Single().Id);
        var progress = $"http://localhost:5125/progress?case={result.CaseNumber}";
        var evaluation = $"http://localhost:5125/evaluate/{c.EvaluationToken}";
        Assert.Matches(new Regex("^[0-9a-f]{24}$"), c.EvaluationToken);
        var text = PdfText.Of(receipt.Content);
        Assert.Contains("扫码查询进度" + progress, text);
        Assert.Contains("扫码评价" + evaluation, text);
        using var pdf = PdfDocument.Open(receipt.Content);
        var page = pdf.GetPages().Single(p => PdfText.Normalise(p.Text).Contains(progress, StringComparison.Ordinal));
        Assert.True(QrOnPage.Shows(page, progress, 22), "the progress QR code should encode " + progress);
        Assert.True(QrOnPage.Shows(page, evaluation, 22), "the evaluation QR code should encode " + evaluation);
        Assert.False(QrOnPage.Shows(page, $"http://localhost:5125/progress?case={result.CaseNumber}0", 22), "the QR check should tell payloads apart");
    }

    [Fact]
    public async Task Accept_BundleOfSeventeenMaterials_TableFlowsOntoFurtherPagesUnderARepeatedHeader()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Restaurant, DocumentCases.RestaurantMaterials);

        var c = await DocumentCases.LoadAsync(_factory, result.CaseNumber);
        // 17 materials on the checklist; the optional 污水预处理设施说明 was not brought, so 16 are received.
        Assert.Equal(17, c.Materials.Count);
        var materials = c.Materials.Where(m => m.Satisfied).ToList();
        Assert.Equal(16, materials.Count);
        var receipt = await DocumentCases.DocumentAsync(_factory, result.Documents.Single(d => d.Kind == DocumentKind.Acceptance).Id);
        var pages = PdfText.Pages(receipt.Content);
        Assert.True(pages.Count >= 2, $"16 materials should not fit on one A4 page with the case facts, but got {pages.Count} page(s).");
        Assert.Equal(pages.Count, receipt.PageCount);
        Assert.Contains(PdfText.Normalise(materials[0].Name), pages[0]);
        Assert.Contains($"16{PdfText.Normalise(materials[^1].Name)}", pages[^1]);
        Assert.DoesNotContain(PdfText.Normalise(materials[^1].Name), pages[0]);
        var withTable = pages.Where(p => p.Contains("序号材料名称形式及份数提交方式", StringComparison.Ordinal)).Count();
        Assert.True(withTable >= 2, "the table header should be repeated on the page the table continues on");
        Assert.Contains($"第{pages.Count}页共{pages.Count}页", pages[^1]);
        var all = string.Concat(pages);
        for (var i = 0; i < materials.Count; i++)
        {
            Assert.Contains($"{i + 1}{PdfText.Normalise(materials[i].Name)}", all);
        }

        Assert.DoesNotContain("污水预处理设施说明", all);
    }

    [Fact]
    public async Task Accept_TwoCasesInARow_ReceiptNumbersCountUpWithinKindAndYear()
    {
        var first = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var second = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var correction = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, [], IntakeDecision.Correction);

        var pattern = new Regex(@"^爱民政服(?<kind>.+)字〔2026〕第(?<seq>\d{4})号$");
        var a = pattern.Match(first.Documents.Single().Number);
        var b = pattern.Match(second.Documents.Single().Number);
        var n = pattern.Match(correction.Documents.Single().Number);
        Assert.True(a.Success && b.Success && n.Success);
        Assert.Equal(("受", "受", "补"), (a.Groups["kind"].Value, b.Groups["kind"].Value, n.Groups["kind"].Value));
        Assert.Equal(int.Parse(a.Groups["seq"].Value, CultureInfo.InvariantCulture) + 1, int.Parse(b.Groups["seq"].Value, CultureInfo.InvariantCulture));
        // Each kind counts on its own: the class's first correction notice is number one.
        Assert.Equal("0001", n.Groups["seq"].Value);
        Assert.Contains(b.Value, PdfText.Of((await DocumentCases.DocumentAsync(_factory, second.Documents.Single().Id)).Content));
    }
}
