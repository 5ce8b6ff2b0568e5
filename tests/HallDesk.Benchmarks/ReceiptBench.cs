using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HallDesk.Benchmarks;

/// <summary>
/// 受理通知书 rendering: a one-page receipt of a real demo case, against a bare PDFsharp page with
/// one line of Chinese in the same font, measured in the same run (the ratio is the figure). Receipts per second are
/// measured on one thread and on as many threads as the machine has cores (the goal is per second on 2 cores);
/// each receipt rendered in parallel must read back with the same text as the one rendered alone.
/// </summary>
public sealed class ReceiptBench(BenchApp app)
{
    public sealed record Result(Latency Receipt, Latency Bare, double ReceiptsPerSecond, double ReceiptsPerSecondOneThread, int Threads, long BytesAllocatedPerReceipt, int ReceiptSize, int Pages);

    public async Task<Result> RunAsync(int count, CancellationToken ct)
    {
        var clerk = await app.ActorAsync("clerk2");
        var applicant = new Applicant(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null);
        var taken = await app.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, "23100400SJ-XK-0001", ["application-spjy", "business-licence", "legal-rep-id", "equipment-layout-spjy", "food-safety-rules-spjy"], IntakeDecision.Accept),
            clerk, ct);
        await using var db = await app.DbAsync();
        var @case = await db.Cases.AsNoTracking().Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == taken.CaseNumber, ct);
        var context = new DocumentContext("爱民区政务服务中心", "0453-12345", "爱民政服受字〔2026〕第9999号", new DateOnly(2026, 11, 27), app.Services.GetRequiredService<DocumentLinks>());
        var fonts = FontSet.Instance;

        // Warm-up: JIT, font parsing, caches.
        RenderedPdf sample = CaseDocuments.Render(DocumentKind.Acceptance, @case, context, fonts);
        for (var i = 0; i < 10; i++)
        {
            CaseDocuments.Render(DocumentKind.Acceptance, @case, context, fonts);
            Bare(fonts);
        }

        var receipt = new List<double>(count);
        var bare = new List<double>(count);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sample = CaseDocuments.Render(DocumentKind.Acceptance, @case, context, fonts);
            receipt.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        wall.Stop();
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Bare(fonts);
            bare.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        var oneThread = count / wall.Elapsed.TotalSeconds;

        // The same receipts on every core at once, each thread rendering its share.
        var threads = Environment.ProcessorCount;
        var rendered = new RenderedPdf[count];
        wall.Restart();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct }, (i, _) =>
        {
            rendered[i] = CaseDocuments.Render(DocumentKind.Acceptance, @case, context, fonts);
            return ValueTask.CompletedTask;
        });
        wall.Stop();
        var parallel = count / wall.Elapsed.TotalSeconds;
        var expected = Text(sample.Bytes);
        if (rendered.FirstOrDefault(r => Text(r.Bytes) != expected) is not null)
        {
            throw new InvalidOperationException("A receipt rendered in parallel reads differently from the one rendered alone.");
        }

        return new Result(Latency.Of(receipt), Latency.Of(bare), parallel, oneThread, threads, allocated, sample.Bytes.Length, sample.Pages);
    }

    private static string Text(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    private static byte[] Bare(FontSet fonts)
    {
        _ = fonts;
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawString("受理通知书 爱民区政务服务中心", new XFont(FontSet.Main, 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode)), XBrushes.Black, 72, 72);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
