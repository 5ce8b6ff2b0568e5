using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>生僻字 in names: printed with the Hanazono fallbacks, or refused at intake when no face has them.</summary>
public sealed class RareCharacterTests : IClassFixture<HallDeskFactory>
{
    /// <summary>𠮷 (U+20BB7), CJK Extension B: not in WenQuanYi Micro Hei, in Hanazono B.</summary>
    private const string ExtensionB = "\U00020BB7";

    /// <summary>U+2B740, CJK Extension D: in none of the three faces.</summary>
    private const string ExtensionD = "\U0002B740";

    private readonly HallDeskFactory _factory;

    public RareCharacterTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public void FaceFor_RareCharacters_FallsBackToHanazonoOrNothing()
    {
        Assert.Equal(FontSet.Main, FontSet.Instance.FaceFor('张'));
        Assert.Equal(FontSet.Full, FontSet.Instance.FaceFor('喆')); // U+5586, not in GB 2312: the whole Micro Hei face
        Assert.Equal(FontSet.ExtA, FontSet.Instance.FaceFor(0x3400)); // 㐀, Extension A, not in WenQuanYi Micro Hei
        Assert.Equal(FontSet.ExtB, FontSet.Instance.FaceFor(0x20BB7));
        Assert.Null(FontSet.Instance.FaceFor(0x2B740));
        Assert.Empty(FontSet.Instance.Unprintable("张" + ExtensionB));
        Assert.Equal([ExtensionD], FontSet.Instance.Unprintable($"张{ExtensionD}华{ExtensionD}"));
    }

    [Fact]
    public async Task Intake_NameWithExtensionBCharacter_IsAcceptedAndPrintedOnTheReceipt()
    {
        var applicant = DocumentCases.Zhang with { Name = "张" + ExtensionB };

        var result = await DocumentCases.TakeInAsync(_factory, applicant, DocumentCases.SoleTrader, ["application-gtgs"]);

        var receipt = await DocumentCases.DocumentAsync(_factory, result.Documents.Single(d => d.Kind == DocumentKind.Acceptance).Id);
        // The glyph is drawn with the Hanazono B face. PDFsharp 6.2.4 writes a wrong ToUnicode entry for
        // characters beyond the BMP, so the text layer cannot be compared here; the drawn glyph can.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(receipt.Content);
        var letters = pdf.GetPage(1).Letters;
        Assert.Contains(letters, l => l.FontName?.Contains("HanaMinB", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains("张", PdfText.Of(receipt.Content));
    }

    [Fact]
    public async Task Intake_NameWithCharacterOutsideTheCutFace_IsPrintedWithTheWholeFace()
    {
        var applicant = DocumentCases.Zhang with { Name = "张喆" };

        var result = await DocumentCases.TakeInAsync(_factory, applicant, DocumentCases.SoleTrader, ["application-gtgs"]);

        var receipt = await DocumentCases.DocumentAsync(_factory, result.Documents.Single(d => d.Kind == DocumentKind.Acceptance).Id);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(receipt.Content);
        var zhe = pdf.GetPage(1).Letters.Where(l => l.Value == "喆").ToList();
        Assert.NotEmpty(zhe);
        Assert.All(zhe, l => Assert.True(l.BoundingBox.Width > 0, "喆 is drawn, not left blank"));
        Assert.NotEqual(pdf.GetPage(1).Letters.First(l => l.Value == "张").FontName, zhe[0].FontName);
    }

    [Fact]
    public async Task Intake_NameWithCharacterNoFaceHas_IsRefusedQuotingItAndWritesNothing()
    {
        var applicant = DocumentCases.Zhang with { Name = "张" + ExtensionD };
        var (cases, documents) = await CountAsync();

        var error = await Assert.ThrowsAsync<FieldErrorsException>(() => DocumentCases.TakeInAsync(_factory, applicant, DocumentCases.SoleTrader, ["application-gtgs"]));

        Assert.Contains($"“{ExtensionD}”", Texts.Of(error.Errors["name"], Texts.Chinese));
        Assert.Equal((cases, documents), await CountAsync());
    }

    [Fact]
    public async Task Intake_LegalRepresentativeWithCharacterNoFaceHas_IsRefusedOnThatField()
    {
        var applicant = DocumentCases.Hongfu with { LegalRepresentative = "马" + ExtensionD };

        var error = await Assert.ThrowsAsync<FieldErrorsException>(() =>
            DocumentCases.TakeInAsync(_factory, applicant, DocumentCases.Signboard, DocumentCases.SignboardMaterials));

        Assert.Contains(ExtensionD, Texts.Of(error.Errors["legalRepresentative"], Texts.Chinese));
        Assert.False(error.Errors.ContainsKey("name"));
    }

    private async Task<(int Cases, int Documents)> CountAsync()
    {
        await using var db = await _factory.DbAsync();
        return (await db.Cases.CountAsync(), await db.IssuedDocuments.CountAsync());
    }
}
