using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.Content;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Issue 20: the PDFs are tagged — a screen reader finds the title as H1, sections as H2, paragraphs, tables with
/// header and data cells, the QR code as a figure with its words — while rules, cell borders, the repeated table header
/// and the page footers are artifacts it skips. Read back with PDFsharp (the structure tree) and PdfPig (the marked
/// content on each page).
/// </summary>
public sealed class TaggedPdfTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public TaggedPdfTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public void Report_IsTagged_TitleSectionsAndTables_FootersAndRepeatedHeadersAreArtifacts()
    {
        var figures = new ReportFigures(120, 110, 5, 8, 300, 600, 420, 40, 35, 1, 0.9, 60, 0.98);
        var rows = Enumerable.Range(1, 40).Select(i => new ReportRow($"K{i}", $"业务{i}", figures)).ToList();
        var periods = Enumerable.Range(1, 31).Select(d => new ReportPeriodRow(new DateOnly(2026, 12, d), $"12月{d}日", figures)).ToList();
        var report = new HallReport("AM", "爱民区政务服务中心", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), ReportPeriod.Day, ReportDimension.Line, rows, periods, figures);

        var pdf = ReportExport.Pdf(report, new DateTime(2026, 12, 31, 18, 0, 0));

        AssertMarkedInChinese(pdf.Bytes);
        var tree = TaggedPdf.Tree(pdf.Bytes);
        Assert.Equal("Document", tree[0].Tag);
        Assert.Equal(["H1", "P", "P", "P", "H2", "Table", "H2", "Table"], tree.Where(e => e.Depth == 1).Select(e => e.Tag));
        // Each table: one header row of 14 header cells, then a row of 14 data cells for each line (and the total) and each day.
        var dataRows = rows.Count + 1 + periods.Count;
        Assert.Equal(2, tree.Count(e => e.Tag == "THead"));
        Assert.Equal(2 * 14, tree.Count(e => e.Tag == "TH"));
        Assert.Equal(2 + dataRows, tree.Count(e => e.Tag == "TR"));
        Assert.Equal(dataRows * 14, tree.Count(e => e.Tag == "TD"));

        var pages = MarkedContents(pdf.Bytes);
        Assert.True(pdf.Pages > 1);
        Assert.Equal("大厅运行报表", Text(pages[0].Single(m => m.Tag == "H1")));
        Assert.Equal(["业务", "取号数", "办结数"], pages[0].Where(m => m.Tag == "TH").Take(3).Select(Text));
        for (var i = 0; i < pdf.Pages; i++)
        {
            var artifacts = pages[i].Where(m => m.IsArtifact).Select(Text).ToList();
            Assert.Contains($"第{i + 1}页共{pdf.Pages}页", artifacts.Select(PdfText.Normalise).Last());
            Assert.DoesNotContain(pages[i].Where(m => !m.IsArtifact), m => Text(m).Contains("页共", StringComparison.Ordinal));
        }

        // Page 2 repeats the first table's header for the eye, as an artifact: the header cells marked are the two tables' own.
        Assert.Contains(pages[1].Where(m => m.IsArtifact), m => PdfText.Normalise(Text(m)).StartsWith("业务取号数", StringComparison.Ordinal));
        Assert.Equal(2 * 14, pages.Sum(p => p.Count(m => m.Tag == "TH")));
    }

    [Fact]
    public void TicketSlip_NumberIsTheHeading_QrIsAFigureWithItsWords()
    {
        var slip = new TicketSlip.Content("爱民区政务服务中心", "A001", "综合受理", 3, 12, new DateTime(2026, 12, 7, 9, 30, 0), "http://localhost:5125/t/abc",
            "AM-20261207-0001", QrIsTicketPage: true);

        var bytes = TicketSlip.Render(slip, FontSet.Instance).Bytes;

        AssertMarkedInChinese(bytes);
        var figure = Assert.Single(TaggedPdf.Tree(bytes), e => e.Tag == "Figure");
        Assert.Equal("二维码：扫码查看排队进度", figure.Alt);
        Assert.Equal("A001", Text(MarkedContents(bytes)[0].Single(m => m.Tag == "H1")));
    }

    [Fact]
    public async Task AcceptanceNotice_TitleIsH1_MaterialsAreATableWithARowEach()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var c = await DocumentCases.LoadAsync(_factory, result.CaseNumber);
        var context = new DocumentContext("爱民区政务服务中心", "0453-6288123", "爱民政服受字〔2026〕第0001号", new DateOnly(2026, 12, 7),
            new DocumentLinks(new ConfigurationBuilder().Build()));

        var bytes = CaseDocuments.Render(DocumentKind.Acceptance, c, context, FontSet.Instance).Bytes;

        AssertMarkedInChinese(bytes);
        var tree = TaggedPdf.Tree(bytes);
        // The issuing hall above the title, then the title: the one H1, before any other heading.
        Assert.Equal(["P", "H1"], tree.Where(e => e.Depth == 1).Take(2).Select(e => e.Tag));
        Assert.Equal("H1", tree.First(e => e.Tag.StartsWith('H')).Tag);
        Assert.Equal(1 + c.Materials.Count, tree.Count(e => e.Tag == "TR"));
        Assert.Contains(tree, e => e.Tag == "Figure" && e.Alt.StartsWith("二维码：扫码查询进度", StringComparison.Ordinal));
        var marked = MarkedContents(bytes).SelectMany(p => p).ToList();
        Assert.Equal("受理通知书", PdfText.Normalise(Text(marked.Single(m => m.Tag == "H1"))));
        Assert.Contains(marked, m => m.Tag == "H2" && Text(m) == "已收材料");
    }

    private static void AssertMarkedInChinese(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var catalog = document.Internals.Catalog.Elements;
        Assert.True(catalog.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked"));
        Assert.Equal("zh-CN", catalog.GetString("/Lang"));
    }

    private static List<List<MarkedContentElement>> MarkedContents(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.GetMarkedContents().ToList()).ToList();
    }

    private static string Text(MarkedContentElement marked) => string.Concat(marked.Letters.Select(l => l.Value));
}
