using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Benchmarks;

/// <summary>
/// 网上申报 uploads: online applications with two files each posted to <c>POST /api/v1/applications</c> (multipart, staged,
/// hashed, type-checked, moved into the store, rows committed), against a bare copy of the same bytes on the same disk in
/// the same run. MB/s of file bytes is the figure; the ratio compares between machines.
/// </summary>
public static partial class UploadThroughputBench
{
    private const string Signboard = "23100400CG-XK-0001";

    public sealed record Result(int Applications, int FilesEach, int FileMegabytes, double UploadSeconds, double CopySeconds, Latency PerApplication)
    {
        public double Megabytes => Applications * FilesEach * (double)FileMegabytes;

        public double UploadMbPerSecond => Megabytes / UploadSeconds;

        public double CopyMbPerSecond => Megabytes / CopySeconds;

        public double Ratio => CopyMbPerSecond / UploadMbPerSecond;
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();

    public static async Task<Result> RunAsync(int applications, int fileMegabytes, CancellationToken ct)
    {
        // Codes for many phones from one address: the per-address limit is the deployment's, not this measurement's.
        using var app = new BenchApp(settings: new Dictionary<string, string> { ["RateLimit:CodesPerAddressPerHour"] = "1000000" });
        app.StartServer();
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var random = new Random(17);
        var payloads = Enumerable.Range(0, applications).Select(_ => (Pdf(random, fileMegabytes), Pdf(random, fileMegabytes))).ToList();
        var phones = Enumerable.Range(0, applications + 1).Select(i => $"1390000{i:0000}").ToList();
        var codes = new List<string>();
        foreach (var phone in phones)
        {
            codes.Add(await CodeAsync(app, phone, ct));
        }

        // Warm-up: one application (JIT, the first multipart read, the store's folders).
        await PostAsync(client, phones[^1], codes[^1], payloads[0], ct);

        var each = new List<double>(applications);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < applications; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await PostAsync(client, phones[i], codes[i], payloads[i], ct);
            each.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        wall.Stop();
        var copy = await CopySecondsAsync(payloads, ct);
        return new Result(applications, 2, fileMegabytes, wall.Elapsed.TotalSeconds, copy, Latency.Of(each));
    }

    /// <summary>The same bytes written to source files (not timed), then copied file by file on the same disk (timed).</summary>
    private static async Task<double> CopySecondsAsync(IReadOnlyList<(byte[], byte[])> payloads, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "halldesk-bench-copy", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var sources = new List<string>();
            foreach (var (i, bytes) in payloads.SelectMany(p => new[] { p.Item1, p.Item2 }).Index())
            {
                var path = Path.Combine(folder, $"{i}.src");
                await File.WriteAllBytesAsync(path, bytes, ct);
                sources.Add(path);
            }

            var wall = Stopwatch.StartNew();
            foreach (var source in sources)
            {
                File.Copy(source, source + ".copy");
            }

            wall.Stop();
            return wall.Elapsed.TotalSeconds;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task PostAsync(HttpClient client, string phone, string code, (byte[] Form, byte[] Design) files, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent
        {
            {
                JsonContent.Create(new
                {
                    subject = Signboard,
                    applicantKind = "organisation",
                    name = "牡丹江鸿福餐饮管理有限公司",
                    idNumber = "91231004MA72K3QX5M",
                    phone,
                    legalRepresentative = "马文斌",
                    verificationCode = code,
                }),
                "application"
            },
            { new ByteArrayContent(files.Form), "application-hwzp", "申请表.pdf" },
            { new ByteArrayContent(files.Design), "signboard-design", "设计图.pdf" },
        };
        using var response = await client.PostAsync("/api/v1/applications", form, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/v1/applications: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    private static async Task<string> CodeAsync(BenchApp app, string phone, CancellationToken ct)
    {
        await app.Get<RequestVerificationCode>().HandleAsync(new RequestVerificationCode.Command(phone, RequestVerificationCode.ApplicationPurpose),
            Actor.Anonymous("127.0.0.1", "bench"), ct);
        await using var db = await app.DbAsync();
        var text = await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == phone && m.Kind == "VerificationCode")
            .OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync(ct);
        return SixDigits().Match(text).Value;
    }

    /// <summary>A PDF signature, then random bytes: stored as a PDF, never deduplicated.</summary>
    private static byte[] Pdf(Random random, int megabytes)
    {
        var bytes = new byte[megabytes * 1024 * 1024];
        random.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static string Print(Result r)
    {
        Figures.Record("upload_mb_per_s", r.UploadMbPerSecond);
        Figures.Record("upload_copy_mb_per_s", r.CopyMbPerSecond);
        Figures.Record("upload_ratio", r.Ratio);
        Figures.Record("upload_application_p50_ms", r.PerApplication.P50);
        return $"""
            ## Online application uploads

            {r.Applications} applications × {r.FilesEach} files of {r.FileMegabytes} MB through `POST /api/v1/applications` ({r.Megabytes:0} MB of files),
            one after another, against a bare `File.Copy` of the same bytes on the same disk in the same run.

            | measurement | MB/s | per application p50 / p95 ms |
            | --- | ---: | --- |
            | upload: multipart → staged, hashed, type-checked → store + rows committed | {r.UploadMbPerSecond:0.0} | {r.PerApplication.P50:0} / {r.PerApplication.P95:0} |
            | bare file copy of the same bytes | {r.CopyMbPerSecond:0.0} | |
            | ratio (copy / upload) | **{r.Ratio:0.0}×** | |
            """;
    }
}
