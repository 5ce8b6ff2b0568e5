using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Issue 21: documents are rendered on many threads at once (PDFsharp's font caches and the composer's process-wide
/// advance widths are shared), and a 受理通知书 stays under its allocation budget.
/// </summary>
public sealed class ParallelRenderingTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ParallelRenderingTests(HallDeskFactory factory) => _factory = factory;

    private static DocumentContext Context => new("爱民区政务服务中心", "0453-6288123", "爱民政服受字〔2026〕第0001号", new DateOnly(2026, 12, 7),
        new DocumentLinks(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task Receipts_RenderedOnManyThreadsAtOnce_ReadTheSameAsEachRenderedAlone()
    {
        var signboard = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var restaurant = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Restaurant, DocumentCases.RestaurantMaterials);
        Case[] cases = [await DocumentCases.LoadAsync(_factory, signboard.CaseNumber), await DocumentCases.LoadAsync(_factory, restaurant.CaseNumber)];
        var kinds = new[] { DocumentKind.Acceptance, DocumentKind.DeliveryReceipt };

        // Alone, one after another: the expected text of each (case, kind).
        var alone = cases.SelectMany(c => kinds.Select(k => PdfText.Of(CaseDocuments.Render(k, c, Context, FontSet.Instance).Bytes))).ToArray();

        // 32 at once, the two cases' documents interleaved, on more threads than cores.
        var rendered = new RenderedPdf[32];
        Parallel.For(0, rendered.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) },
            i => rendered[i] = CaseDocuments.Render(kinds[i / 2 % 2], cases[i % 2], Context, FontSet.Instance));

        for (var i = 0; i < rendered.Length; i++)
        {
            Assert.Equal(alone[(i % 2 * 2) + (i / 2 % 2)], PdfText.Of(rendered[i].Bytes));
        }

        QpdfCheck.AssertClean(rendered[^1].Bytes, "receipt rendered in parallel");
    }

    [Fact]
    public async Task AcceptanceReceipt_AllocatesUnder2300KB()
    {
        // The benchmark's receipt: 张建华, 食品经营许可 with five materials.
        var taken = await DocumentCases.TakeInAsync(_factory, DocumentCases.Zhang, "23100400SJ-XK-0001",
            ["application-spjy", "business-licence", "legal-rep-id", "equipment-layout-spjy", "food-safety-rules-spjy"]);
        var c = await DocumentCases.LoadAsync(_factory, taken.CaseNumber);
        var context = Context;
        CaseDocuments.Render(DocumentKind.Acceptance, c, context, FontSet.Instance);

        var before = GC.GetAllocatedBytesForCurrentThread();
        CaseDocuments.Render(DocumentKind.Acceptance, c, context, FontSet.Instance);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // 2,947 KB before PdfStreams and the process-wide advance widths.
        Assert.True(allocated < 2300 * 1024, $"a 受理通知书 allocated {allocated / 1024} KB");
    }
}
