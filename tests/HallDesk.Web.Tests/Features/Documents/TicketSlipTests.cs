using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>The kiosk's 80 mm slip: public, archived as the ticket is issued, never personal data.</summary>
public class TicketSlipTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;

    public TicketSlipTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task GetSlip_IssuedTicket_Is80mmPdfWithNumberAndLineButNoPhone()
    {
        var number = await IssueAsync(new { line = "B", phone = "13812345678" });

        var response = await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(80 * 72 / 25.4, page.Width, 1.0);
        var text = PdfText.Normalise(page.Text);
        Assert.Contains(number, text);
        Assert.Contains("不动产登记", text);
        Assert.Contains("爱民区政务服务中心", text);
        Assert.Contains("扫码查看排队进度", text);
        Assert.DoesNotContain("13812345678", text);
        Assert.DoesNotContain("5678", text);
        Assert.True(QrOnPage.Shows(page, $"http://localhost:5125/t/{await WatchTokenAsync(number)}", 22), "the slip's QR code should open the ticket's live page");
    }

    /// <summary>The demo history holds the slips of its tickets and archives them together when its days are written.</summary>
    [Fact]
    public async Task HeldSlips_AreArchivedOnRelease_AsTheTicketWasIssued()
    {
        var desk = _factory.Get<TicketSlipDesk>();
        desk.Hold();
        string number;
        try
        {
            number = await IssueAsync(new { line = "C" });
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip")).StatusCode);
        }
        finally
        {
            Assert.Equal(1, await desk.ReleaseAsync(CancellationToken.None));
        }

        var bytes = await (await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(number, PdfText.Normalise(Assert.Single(pdf.GetPages()).Text));
        await using var db = await _factory.DbAsync();
        var ticket = await db.Tickets.Where(t => t.HallCode == "AM" && t.Number == number).OrderByDescending(t => t.Id).FirstAsync();
        Assert.Equal(ticket.IssuedAt, await db.IssuedDocuments.Where(d => d.Kind == DocumentKind.TicketSlip && d.TicketNumber == number && d.ServiceDate == ticket.ServiceDate)
            .Select(d => d.CreatedAt).SingleAsync());

        // Released: the next ticket's slip is archived at once again.
        var next = await IssueAsync(new { line = "C" });
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/halls/AM/tickets/{next}/slip")).StatusCode);
    }

    /// <summary>Issue 14: "the personal page /t/{token} (the QR code on the slip opens it)" — for a ticket without a phone too.</summary>
    [Fact]
    public async Task GetSlip_TicketWithoutPhone_ItsQrOpensItsOwnLivePage()
    {
        var number = await IssueAsync(new { line = "D" });

        var bytes = await (await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip")).Content.ReadAsByteArrayAsync();

        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        Assert.True(QrOnPage.Shows(page, $"http://localhost:5125/t/{await WatchTokenAsync(number)}", 22), "the slip's QR code should open the ticket's live page");
        var watchPage = await _client.GetStringAsync($"/t/{await WatchTokenAsync(number)}");
        Assert.Contains(number, watchPage, StringComparison.Ordinal);
    }

    private async Task<string> WatchTokenAsync(string number)
    {
        await using var db = await _factory.DbAsync();
        var ticket = await db.Tickets.AsNoTracking().SingleAsync(t => t.HallCode == "AM" && t.Number == number);
        return (await db.TicketWatches.AsNoTracking().SingleAsync(w => w.TicketId == ticket.Id)).Token;
    }

    [Fact]
    public async Task GetSlip_Twice_ReturnsTheSameArchivedBytes()
    {
        var number = await IssueAsync(new { line = "A" });

        var first = await (await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip")).Content.ReadAsByteArrayAsync();
        _factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await (await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip")).Content.ReadAsByteArrayAsync();

        Assert.Equal(first, second);
        await using var db = await _factory.DbAsync();
        var archived = await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.Kind == DocumentKind.TicketSlip && d.TicketNumber == number);
        Assert.Equal(first, archived.Content);
        Assert.Equal($"爱民政服号字〔2026〕第{archived.ServiceDate!.Value:MMdd}{number}号", archived.Number);
    }

    /// <summary>Issue 13: "the first public GET of a slip writes a 57 KB PDF".</summary>
    [Fact]
    public async Task Issue_ArchivesTheSlip_AndThePublicGetWritesNothing()
    {
        var number = await IssueAsync(new { line = "C" });
        await using var before = await _factory.DbAsync();
        Assert.True(await before.IssuedDocuments.AnyAsync(d => d.Kind == DocumentKind.TicketSlip && d.TicketNumber == number), "the slip is archived with the ticket");
        var documents = await before.IssuedDocuments.CountAsync();
        var audit = await before.AuditEntries.CountAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/halls/AM/tickets/{number}/slip")).StatusCode);
        }

        await using var after = await _factory.DbAsync();
        Assert.Equal(documents, await after.IssuedDocuments.CountAsync());
        Assert.Equal(audit, await after.AuditEntries.CountAsync());
    }

    /// <summary>Issue 13: the public slip "shows 绿色通道 to anyone who enumerates numbers".</summary>
    [Fact]
    public async Task GetSlip_GreenChannelTicket_DoesNotSaySo()
    {
        var number = await IssueAsync(new { line = "D", greenChannel = true });

        var bytes = await _client.GetByteArrayAsync($"/api/v1/halls/AM/tickets/{number}/slip");

        var text = PdfText.Normalise(PdfText.Of(bytes));
        Assert.Contains(number, text);
        Assert.DoesNotContain("绿色通道", text);
    }

    [Fact]
    public async Task GetSlip_UnknownNumber_Returns404ProblemAndArchivesNothing()
    {
        var response = await _client.GetAsync("/api/v1/halls/AM/tickets/A999/slip");
        var otherHall = await _client.GetAsync("/api/v1/halls/XX/tickets/A001/slip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("A999", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherHall.StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.IssuedDocuments.AnyAsync(d => d.TicketNumber == "A999"));
    }

    private async Task<string> IssueAsync(object body)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/tickets", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetString()!;
    }
}
