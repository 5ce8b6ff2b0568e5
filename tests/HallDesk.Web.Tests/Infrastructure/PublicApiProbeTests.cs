using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Issue 13, "Done when": a probe of the public API with malformed, oversized and unicode input gives no answer of 5xx
/// and writes nothing. Every request below is wrong in some way, so every table must count the same afterwards.
/// </summary>
public sealed class PublicApiProbeTests : IClassFixture<HallDeskFactory>
{
    private static readonly string Long = new('长', 5000);
    private static readonly string Huge = new('x', 2 * 1024 * 1024);

    private readonly HallDeskFactory _factory;
    private readonly ITestOutputHelper _output;

    public PublicApiProbeTests(HallDeskFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    public static IEnumerable<(HttpMethod Method, string Path, string? Body, string? ContentType)> Probes()
    {
        string[] halls = ["ZZ", "%01", "👍", "AM%2F..%2F..", "'%3B DROP TABLE Tickets%3B--", Uri.EscapeDataString(Long), "ＡＭ"];
        foreach (var hall in halls)
        {
            yield return (HttpMethod.Get, $"/api/v1/halls/{hall}/board", null, null);
            yield return (HttpMethod.Get, $"/api/v1/halls/{hall}/slots?line=A&date=2026-12-03", null, null);
            yield return (HttpMethod.Post, $"/api/v1/halls/{hall}/tickets", "{\"line\":\"Ａ\"}", "application/json");
            yield return (HttpMethod.Get, $"/api/v1/halls/AM/tickets/{hall}/slip", null, null);
        }

        string[] dates = ["2026-13-45", "9999-12-31", "0001-01-01", "-1", "２０２６-１２-０３", "2026-12-03T00:00", Uri.EscapeDataString(Long)];
        foreach (var date in dates)
        {
            yield return (HttpMethod.Get, $"/api/v1/halls/AM/slots?line=A&date={date}", null, null);
        }

        string[] lines = ["", "AA", "ＡＡ", "1", "😀", Uri.EscapeDataString(Long)];
        foreach (var line in lines)
        {
            yield return (HttpMethod.Get, $"/api/v1/halls/AM/slots?line={line}&date=2026-12-03", null, null);
        }

        string[] bodies =
        [
            "", "{", "[]", "null", "\"A\"", "{\"line\":123}", "{\"line\":[\"A\"]}", "{\"line\":\"Ａ\"}", "{\"line\":\"😀\"}",
            "{\"line\":\"AA\",\"phone\":\"1381234567" + new string('8', 500) + "\"}", "{\"line\":\"" + Long + "\"}", Huge,
            "{\"line\":\"A\",\"phone\":\"not a phone\"}", "{\"line\":\"Z\"}", "{\"line\":null,\"greenChannel\":\"yes\"}",
        ];
        foreach (var body in bodies)
        {
            yield return (HttpMethod.Post, "/api/v1/halls/AM/tickets", body, "application/json");
            yield return (HttpMethod.Post, "/api/v1/halls/AM/check-ins", body, "application/json");
            yield return (HttpMethod.Post, "/api/v1/appointments", body, "application/json");
            yield return (HttpMethod.Post, "/api/v1/evaluations", body, "application/json");
        }

        yield return (HttpMethod.Post, "/api/v1/halls/AM/tickets", "{\"line\":\"A\"}", "text/plain");
        yield return (HttpMethod.Post, "/api/v1/halls/AM/tickets", "{\"line\":\"A\"}", null);
        yield return (HttpMethod.Post, "/api/v1/halls/AM/check-ins", "{\"code\":\"' OR 1=1 --\"}", "application/json");
        yield return (HttpMethod.Post, "/api/v1/halls/AM/check-ins", "{\"idNumber\":\"１１０１０５１９４９１２３１００２Ｘ\"}", "application/json");
        yield return (HttpMethod.Post, "/api/v1/appointments",
            "{\"hall\":\"AM\",\"line\":\"A\",\"date\":\"9999-12-31\",\"slot\":\"09:00\",\"name\":\"张三\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13912345678\"}", "application/json");
        yield return (HttpMethod.Post, "/api/v1/appointments",
            "{\"hall\":\"AM\",\"line\":\"A\",\"date\":\"2026-12-03\",\"slot\":\"25:99\",\"name\":\"" + Long + "\",\"idNumber\":\"😀\",\"phone\":\"１３９\"}", "application/json");
        yield return (HttpMethod.Post, "/api/v1/evaluations", "{\"token\":\"" + Long + "\",\"level\":5}", "application/json");
        yield return (HttpMethod.Post, "/api/v1/evaluations", "{\"token\":\"x\",\"level\":\"五\"}", "application/json");
        yield return (HttpMethod.Post, "/api/v1/evaluations", "{\"token\":\"x\",\"level\":0,\"indicators\":[\"😀\"]}", "application/json");

        string[] codes = ["ZZZZZZZZ", "😀", "%01", Uri.EscapeDataString(Long), "'%3B--"];
        foreach (var code in codes)
        {
            yield return (HttpMethod.Get, $"/api/v1/appointments/{code}", null, null);
            yield return (HttpMethod.Delete, $"/api/v1/appointments/{code}", null, null);
            yield return (HttpMethod.Get, $"/api/v1/cases/{code}?phoneLast4=1234", null, null);
            yield return (HttpMethod.Get, $"/api/v1/feedback/{code}?phoneLast4=１２３４", null, null);
        }

        yield return (HttpMethod.Get, "/api/v1/cases/AM202612010001?phoneLast4=" + Uri.EscapeDataString(Long), null, null);
        yield return (HttpMethod.Get, "/api/v1/evaluations/export?from=abc&to=9999-12-31", null, null);
        yield return (HttpMethod.Get, "/api/v1/halls/AM/slots?line=%00&date=2026-12-03%00", null, null);
    }

    [Fact]
    public async Task Probe_NoServerErrors_AndNothingWritten()
    {
        var before = await CountAsync();
        var client = _factory.CreateClient();
        var failures = new List<string>();
        var answered = 0;

        foreach (var (method, path, body, contentType) in Probes())
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                if (contentType is not null)
                {
                    request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
                }
            }

            using var response = await client.SendAsync(request);
            answered++;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {Shorten(path)} [{Shorten(body ?? "")}] → {(int)response.StatusCode}");
            }
        }

        _output.WriteLine($"{answered} probes answered");
        Assert.Empty(failures);
        Assert.Equal(before, await CountAsync());
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private async Task<(int, int, int, int, int, int, int)> CountAsync()
    {
        await using var db = await _factory.DbAsync();
        return (await db.Tickets.CountAsync(), await db.AuditEntries.CountAsync(), await db.IssuedDocuments.CountAsync(),
            await db.Appointments.CountAsync(), await db.Evaluations.CountAsync(), await db.Feedbacks.CountAsync(), await db.Cases.CountAsync());
    }
}
