using System.Net;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>
/// 内部流转 through the real use cases: 食品经营许可 (市场监管, scjg) needs the 住所使用证明 that 不动产登记中心 (bdc) holds;
/// accepting the case asks bdc for it, bdc's reviewer answers in the inbox, scjg's reviewer sees it arrive and opens it.
/// </summary>
public class MaterialTransferFlowTests : IClassFixture<HallDeskFactory>
{
    private const string PremisesProof = "premises-proof";
    private readonly HallDeskFactory _factory;

    public MaterialTransferFlowTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Accept_RequestsTheSharedMaterialOfTheHoldingDepartment_DueInOneWorkingDay_Audited()
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);

        await using var db = await _factory.DbAsync();
        var transfer = await db.MaterialTransfers.AsNoTracking().SingleAsync(t => t.CaseNumber == caseNumber);
        var kase = await db.Cases.AsNoTracking().SingleAsync(c => c.CaseNumber == caseNumber);
        var calendar = await CalendarStore.LoadAsync(db, CancellationToken.None);
        Assert.Equal(PremisesProof, transfer.MaterialKey);
        Assert.Equal("bdc", transfer.HoldingDepartmentCode);
        Assert.Equal("scjg", transfer.RequestingDepartmentCode);
        Assert.Equal(TransferState.Requested, transfer.State);
        Assert.Equal(calendar.AddWorkingDays(kase.AcceptedOn!.Value, 1), transfer.DueOn);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "transfer.request" && e.Subject == caseNumber));
        Assert.Contains(await _factory.Get<TransferQueries>().ForDepartmentAsync("bdc"), r => r.CaseNumber == caseNumber);
        Assert.DoesNotContain(await _factory.Get<TransferQueries>().ForDepartmentAsync("scjg"), r => r.CaseNumber == caseNumber);
        var view = Assert.Single(await _factory.Get<TransferQueries>().OfCaseAsync(caseNumber));
        Assert.Equal(TransferState.Requested, view.State);
        Assert.Null(view.FileLink);
    }

    [Fact]
    public async Task Accept_AsksEachHoldingDepartment_OncePerMaterial()
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.PropertyTransfer);

        // 存量房买卖 asks for the 网签合同 (zj) and the 契税完税凭证 (sw): two requests, none of them to bdc itself.
        await using var db = await _factory.DbAsync();
        var transfers = await db.MaterialTransfers.AsNoTracking().Where(t => t.CaseNumber == caseNumber).ToListAsync();
        Assert.Equal(["sw", "zj"], transfers.Select(t => t.HoldingDepartmentCode).Order().ToArray());
        Assert.All(transfers, t => Assert.Equal("bdc", t.RequestingDepartmentCode));
    }

    [Fact]
    public async Task HoldingReviewer_AttachesAPdf_RequestingReviewerSeesItSupplied_AndOpensIt()
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var row = await RowAsync(caseNumber);
        var bytes = SampleFiles.Pdf(Guid.NewGuid().ToString("N"));
        using (var staged = await _factory.Get<FileStore>().StageAsync(new MemoryStream(bytes), FileStore.MaxFileBytes))
        {
            await _factory.Get<SupplyMaterialTransfer>().HandleAsync(new(row.Id, row.Version, "房屋产权证明.pdf"), staged, await _factory.ActorAsync("reviewer-bdc"));
        }

        var view = Assert.Single(await _factory.Get<TransferQueries>().OfCaseAsync(caseNumber));
        Assert.Equal(TransferState.Supplied, view.State);
        Assert.NotNull(view.SuppliedBy);
        Assert.NotNull(view.SuppliedAt);
        Assert.NotNull(view.FileLink);
        var requesting = await SignedInAsync("reviewer-scjg");
        var response = await requesting.GetAsync(view.FileLink);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        await using var db = await _factory.DbAsync();
        var file = await db.MaterialFiles.AsNoTracking().SingleAsync(f => f.CaseNumber == caseNumber && f.MaterialKey == PremisesProof);
        Assert.Equal("房屋产权证明.pdf", file.FileName);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "transfer.supply" && e.Subject == caseNumber && e.Actor == "reviewer-bdc"));
        // The case's page lists it as one of the case's files, beside the materials.
        Assert.Contains(await _factory.Get<HallDesk.Web.Features.Documents.MaterialFileQueries>().OfCaseAsync(caseNumber), f => f.MaterialKey == PremisesProof);
    }

    [Theory]
    [InlineData("reviewer-ga")]
    [InlineData("reviewer-scjg")]
    [InlineData("clerk1")]
    public async Task Supply_BySomeoneOutsideTheHoldingDepartment_IsRefused_AndStoresNothing(string user)
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var row = await RowAsync(caseNumber);
        var store = _factory.Get<FileStore>();
        var actor = await _factory.ActorAsync(user);
        using var staged = await store.StageAsync(new MemoryStream(SampleFiles.Pdf(Guid.NewGuid().ToString("N"))), FileStore.MaxFileBytes);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<SupplyMaterialTransfer>().HandleAsync(new(row.Id, row.Version, "x.pdf"), staged, actor));

        Assert.False(store.Exists(staged.Sha256));
        Assert.Equal("MaterialTransfer.NotFound", refused.Key);
        var confirm = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<ConfirmMaterialTransfer>().HandleAsync(new(row.Id, row.Version, "已核验"), actor));
        Assert.Equal("MaterialTransfer.NotFound", confirm.Key);
        Assert.Equal(TransferState.Requested, Assert.Single(await _factory.Get<TransferQueries>().OfCaseAsync(caseNumber)).State);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.MaterialFiles.AnyAsync(f => f.CaseNumber == caseNumber));
    }

    [Fact]
    public async Task Confirm_FromTheDepartmentsOwnSystem_WithANote_ThenNoSecondAnswer()
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var row = await RowAsync(caseNumber);
        var bdc = await _factory.ActorAsync("reviewer-bdc");

        await _factory.Get<ConfirmMaterialTransfer>().HandleAsync(new(row.Id, row.Version, "不动产登记系统：黑(2025)牡丹江市不动产权第0012345号"), bdc);

        var view = Assert.Single(await _factory.Get<TransferQueries>().OfCaseAsync(caseNumber));
        Assert.Equal(TransferState.Confirmed, view.State);
        Assert.Contains("0012345", view.Note);
        var again = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<ConfirmMaterialTransfer>().HandleAsync(new(row.Id, row.Version + 1, "再次核验"), bdc));
        Assert.Equal("MaterialTransfer.AlreadyAnswered", again.Key);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "transfer.confirm" && e.Subject == caseNumber));
    }

    [Fact]
    public async Task PastItsDueDay_TheRequestIsOverdue_ForBothDepartmentsAndTheHall()
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var queries = _factory.Get<TransferQueries>();
        Assert.False(Assert.Single(await queries.OfCaseAsync(caseNumber)).Overdue);
        var before = await queries.FiguresOfHallAsync("AM");

        _factory.Clock.Advance(TimeSpan.FromDays(7));

        Assert.True(Assert.Single(await queries.OfCaseAsync(caseNumber)).Overdue);
        Assert.True((await RowAsync(caseNumber)).Overdue);
        Assert.True((await queries.FiguresOfDepartmentAsync("bdc")).Overdue >= 1);
        Assert.True((await queries.FiguresOfDepartmentAsync("scjg")).OverdueRequestedByUs >= 1);
        Assert.True((await queries.FiguresOfHallAsync("AM")).Overdue > before.Overdue);
    }

    private async Task<TransferRow> RowAsync(string caseNumber) =>
        Assert.Single(await _factory.Get<TransferQueries>().ForDepartmentAsync("bdc", take: 500), r => r.CaseNumber == caseNumber);

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }
}
