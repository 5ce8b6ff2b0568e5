using System.Net;
using System.Security.Cryptography;
using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// GET /documents/{publicId}: staff with a need to know only, by a random id, the masked staff copy (no evaluation token),
/// the citizen's original only to the hall's clerks, every look audited whatever its outcome.
/// </summary>
public sealed class DocumentEndpointsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DocumentEndpointsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_AsClerkOfTheHallTwice_ReturnsTheSameStaffCopy_WithoutTheEvaluationToken_AndAuditsEachView()
    {
        var (document, token) = await ReceiptAsync();
        var client = await SignedInAsync("clerk1");

        var first = await client.GetAsync($"/documents/{document.PublicId}");
        var second = await client.GetAsync($"/documents/{document.PublicId}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("attachment", first.Content.Headers.ContentDisposition?.DispositionType);
        var a = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(a, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(document.StaffContent, a);
        var text = PdfText.Of(a);
        Assert.Contains("受理通知书", text);
        Assert.Contains("工作人员查阅副本", text);
        Assert.DoesNotContain(token, text);
        Assert.Contains(token, PdfText.Of(document.Content));
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(SHA256.HashData(document.Content)));
        await using var db = await _factory.DbAsync();
        var views = await db.AuditEntries.Where(e => e.Action == "document.view" && e.Subject == document.Number).ToListAsync();
        Assert.Equal(2, views.Count);
        Assert.All(views, e => Assert.Equal(("clerk1", AuditOutcome.Ok), (e.Actor, e.Outcome)));
        Assert.All(views, e => Assert.StartsWith(document.Sha256, e.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Original_IsHandedOverByTheHallsClerk_ButNotToAReviewer()
    {
        var (document, token) = await ReceiptAsync();
        var clerk = await SignedInAsync("clerk1");
        var reviewer = await SignedInAsync("reviewer-cg");

        var handed = await clerk.GetAsync($"/documents/{document.PublicId}/original");
        var refused = await reviewer.GetAsync($"/documents/{document.PublicId}/original");

        Assert.Equal(HttpStatusCode.OK, handed.StatusCode);
        Assert.Equal(document.Content, await handed.Content.ReadAsByteArrayAsync());
        Assert.Contains(token, PdfText.Of(await handed.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var db = await _factory.DbAsync();
        var lines = await db.AuditEntries.Where(e => e.Action == "document.hand-over" && e.Subject == document.Number).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([("clerk1", AuditOutcome.Ok), ("reviewer-cg", AuditOutcome.Denied)], lines.Select(e => (e.Actor, e.Outcome)));
    }

    [Fact]
    public async Task Get_Download_AsReviewerWithATask_IsTheStaffCopyNamedAfterTheCase_AuditedAsDownload()
    {
        var (document, _) = await ReceiptAsync();
        var client = await SignedInAsync("reviewer-cg");

        var response = await client.GetAsync($"/documents/{document.PublicId}?download=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{document.CaseNumber}-受理通知书.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(document.StaffContent, await response.Content.ReadAsByteArrayAsync());
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Subject == document.Number && e.Action.StartsWith("document."));
        Assert.Equal(("document.download", "reviewer-cg"), (entry.Action, entry.Actor));
    }

    [Theory]
    [InlineData("clerk-xy1")]     // another hall's clerk
    [InlineData("manager-sdg")]   // another hall's manager
    [InlineData("reviewer-bdc")]  // a department without a task on the case
    public async Task Get_WithoutANeedToKnow_Is403_AndTheDenialIsAudited(string user)
    {
        var (document, _) = await ReceiptAsync();
        var client = await SignedInAsync(user);

        var response = await client.GetAsync($"/documents/{document.PublicId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Subject == document.Number && e.Actor == user);
        Assert.Equal(("document.view", AuditOutcome.Denied), (entry.Action, entry.Outcome));
    }

    [Fact]
    public async Task Get_BySequentialId_IsNotAnAddress()
    {
        var (document, _) = await ReceiptAsync();
        var client = await SignedInAsync("clerk1");

        var response = await client.GetAsync($"/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(32, document.PublicId.Length);
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToLoginAndAuditsNothing()
    {
        var (document, _) = await ReceiptAsync();

        var response = await LoginClient.Create(_factory).GetAsync($"/documents/{document.PublicId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Subject == document.Number && e.Action.StartsWith("document.")));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await SignedInAsync("clerk1");

        var response = await client.GetAsync($"/documents/{IssuedDocument.NewPublicId()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>户外招牌 for 鸿福 at AM (reviewed by 城管, cg): its 受理通知书 and the case's evaluation token.</summary>
    private async Task<(IssuedDocument Document, string Token)> ReceiptAsync()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var document = await DocumentCases.DocumentAsync(_factory, result.Documents.Single().Id);
        var token = (await DocumentCases.LoadAsync(_factory, result.CaseNumber)).EvaluationToken;
        Assert.NotNull(document.StaffContent);
        return (document, token);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }
}
