using System.Net;
using System.Security.Cryptography;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>GET /documents/{id}: staff only, the archived bytes every time, every opening audited.</summary>
public sealed class DocumentEndpointsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DocumentEndpointsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_AsClerkTwice_ReturnsTheArchivedBytesInlineAndAuditsEachPrint()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var document = await DocumentCases.DocumentAsync(_factory, result.Documents.Single().Id);
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, "clerk1", HallDeskFactory.Password)).StatusCode);

        var first = await client.GetAsync($"/documents/{document.Id}");
        var second = await client.GetAsync($"/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("attachment", first.Content.Headers.ContentDisposition?.DispositionType);
        var a = await first.Content.ReadAsByteArrayAsync();
        var b = await second.Content.ReadAsByteArrayAsync();
        Assert.Equal(a, b);
        Assert.Equal(document.Content, a);
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(SHA256.HashData(a)));
        Assert.Contains("受理通知书", PdfText.Of(a));
        await using var db = await _factory.DbAsync();
        var prints = await db.AuditEntries.Where(e => e.Action == "document.print" && e.Subject == document.Number).ToListAsync();
        Assert.Equal(2, prints.Count);
        Assert.All(prints, e => Assert.Equal("clerk1", e.Actor));
        Assert.All(prints, e => Assert.Equal(document.Sha256, e.Details));
    }

    [Fact]
    public async Task Get_Download_IsAnAttachmentNamedAfterTheCaseAndAuditedAsDownload()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var document = await DocumentCases.DocumentAsync(_factory, result.Documents.Single().Id);
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "reviewer-cg", HallDeskFactory.Password);

        var response = await client.GetAsync($"/documents/{document.Id}?download=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{result.CaseNumber}-受理通知书.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(document.Content, await response.Content.ReadAsByteArrayAsync());
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Subject == document.Number && e.Action.StartsWith("document."));
        Assert.Equal(("document.download", "reviewer-cg"), (entry.Action, entry.Actor));
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToLoginAndAuditsNothing()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var document = result.Documents.Single();

        var response = await LoginClient.Create(_factory).GetAsync($"/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Subject == document.Number && e.Action.StartsWith("document.")));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "clerk1", HallDeskFactory.Password);

        var response = await client.GetAsync("/documents/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
