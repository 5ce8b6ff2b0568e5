using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace HallDesk.Benchmarks;

/// <summary>
/// Issue 20, "Fast first loads": the bytes a first visit transfers before the page can render — the document and its
/// render-blocking stylesheets and classic scripts (not modules, not async/defer) — as a browser that accepts Brotli and
/// gzip receives them (bodies; headers not counted), beside the figures the issue measured on main.
/// </summary>
public static partial class FirstLoadBench
{
    public sealed record Result(string Path, long Document, long Styles, long Scripts, double BeforeKib)
    {
        public long Total => Document + Styles + Scripts;
    }

    private static readonly (string Path, double BeforeKib)[] Pages = [($"/kiosk/{BenchApp.Hall}", 134.9), ($"/board/{BenchApp.Hall}", 68.0), ("/appointments", 139)];

    [GeneratedRegex("<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script(?![^>]*(?:type=\"module\"|async|defer))[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ClassicScript();

    public static async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        using var app = new BenchApp();
        app.StartServer();
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = app.BaseAddress };
        var results = new List<Result>();
        foreach (var (path, before) in Pages)
        {
            var (document, html) = await FetchAsync(client, path, ct);
            long styles = 0, scripts = 0;
            foreach (Match m in Stylesheet().Matches(html))
            {
                styles += (await FetchAsync(client, "/" + m.Groups[1].Value.TrimStart('/'), ct)).Bytes;
            }

            foreach (Match m in ClassicScript().Matches(html))
            {
                scripts += (await FetchAsync(client, "/" + m.Groups[1].Value.TrimStart('/'), ct)).Bytes;
            }

            results.Add(new Result(path, document, styles, scripts, before));
        }

        return results;
    }

    public static string Print(IReadOnlyList<Result> results)
    {
        var text = new StringBuilder();
        text.AppendLine("## First load (document + render-blocking CSS/JS, as transferred with Accept-Encoding: br, gzip)").AppendLine();
        text.AppendLine("| page | document KiB | CSS KiB | JS KiB | total KiB | on main (issue 20) KiB |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Figures.Record($"firstload_{r.Path.Trim('/').Replace('/', '_').ToLowerInvariant()}_kib", r.Total / 1024.0);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Path} | {Kib(r.Document)} | {Kib(r.Styles)} | {Kib(r.Scripts)} | {Kib(r.Total)} | {r.BeforeKib:0.0} |"));
        }

        return text.ToString();
    }

    private static string Kib(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task<(long Bytes, string Text)> FetchAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault();
        using var decoded = encoding switch
        {
            "br" => (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            _ => new MemoryStream(body),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return (body.Length, await reader.ReadToEndAsync(ct));
    }
}
