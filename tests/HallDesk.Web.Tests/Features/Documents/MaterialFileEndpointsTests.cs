using System.Net;
using HallDesk.Data;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Scans attached at the window belong to the case and are served by /files/{id} only with the case's need to know
/// (the hall's clerks, the reviewing department), every look audited, allowed or not.
/// </summary>
public sealed class MaterialFileEndpointsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public MaterialFileEndpointsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task ScanAttachedAtIntake_IsTheCases_AndOpensForTheReviewingDepartment_Audited()
    {
        var (caseNumber, file, bytes) = await CaseWithScanAsync();
        var reviewer = await SignedInAsync("reviewer-cg");

        var response = await reviewer.GetAsync($"/files/{file.PublicId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("signboard-design", file.MaterialKey);
        Assert.Equal("招牌设计图.pdf", file.FileName);
        await using var db = await _factory.DbAsync();
        var view = await db.AuditEntries.SingleAsync(e => e.Action == "file.view" && e.Subject == caseNumber && e.Actor == "reviewer-cg");
        Assert.Equal(AuditOutcome.Ok, view.Outcome);
        Assert.Contains(file.Sha256, view.Details);
    }

    [Fact]
    public async Task Open_ByADepartmentWithoutATask_Is403_AndAudited()
    {
        var (caseNumber, file, _) = await CaseWithScanAsync();
        var other = await SignedInAsync("reviewer-rs");

        var response = await other.GetAsync($"/files/{file.PublicId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "file.view" && e.Subject == caseNumber && e.Actor == "reviewer-rs" && e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task Open_Anonymously_ServesNothing()
    {
        var (_, file, _) = await CaseWithScanAsync();

        var response = await LoginClient.Create(_factory).GetAsync($"/files/{file.PublicId}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(string CaseNumber, MaterialFile File, byte[] Bytes)> CaseWithScanAsync()
    {
        var bytes = SampleFiles.Pdf(Guid.NewGuid().ToString("N"));
        var store = _factory.Get<FileStore>();
        using var staged = await store.StageAsync(new MemoryStream(bytes), FileStore.MaxFileBytes);
        staged.Keep();
        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials, IntakeDecision.Accept,
                Files: [AttachedFile.Of("signboard-design", "招牌设计图.pdf", staged)]),
            await _factory.ActorAsync("clerk1"));
        await using var db = await _factory.DbAsync();
        return (result.CaseNumber, await db.MaterialFiles.AsNoTracking().SingleAsync(f => f.CaseNumber == result.CaseNumber), bytes);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }
}
