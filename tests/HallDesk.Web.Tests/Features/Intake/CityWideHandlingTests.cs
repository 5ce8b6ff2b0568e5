using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>
/// 全区通办: a case taken in at the street hall XY is reviewed by the district department's reviewer,
/// and handed over at the hall the citizen chose.
/// </summary>
public class CityWideHandlingTests : IClassFixture<HallDeskFactory>
{
    private const string Signboard = IntakeAndReviewTests.Signboard;
    private static readonly string[] SignboardMaterials = ["application-hwzp", "signboard-design"];

    private readonly HallDeskFactory _factory;

    public CityWideHandlingTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task CaseTakenInAtASubHall_IsReviewedByTheDistrictDepartment_AndDeliveredAtTheChosenHall()
    {
        var streetClerk = await _factory.ActorAsync("clerk-xy1");
        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, SignboardMaterials, IntakeDecision.Accept, CollectionHall: "AM"), streetClerk);

        Assert.StartsWith("XY", result.CaseNumber);
        // The street hall numbers its documents under its own short name.
        Assert.All(result.Documents, d => Assert.StartsWith("向阳政服", d.Number));
        Assert.NotEmpty(result.Documents);
        var inbox = await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery("cg", InboxFilter.Open, null, null, 0, 50));
        Assert.Contains(inbox.Rows, r => r.CaseNumber == result.CaseNumber);
        var version = (await LoadAsync(result.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), result.CaseNumber, version, "符合条件");

        var atAm = await _factory.Get<ReviewQueries>().HallCasesAsync("AM", CaseStatus.Concluded, 50);
        var atXy = await _factory.Get<ReviewQueries>().HallCasesAsync("XY", CaseStatus.Concluded, 50);
        Assert.Contains(atAm, c => c.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain(atXy, c => c.CaseNumber == result.CaseNumber);

        var applicant = await DocumentCases.ApplicantCollectsAsync(_factory, result.CaseNumber);
        var refused = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<DeliverCaseAtWindow>().HandleAsync(streetClerk, result.CaseNumber, applicant));
        Assert.Contains("爱民区政务服务中心", Texts.Of(refused, Texts.Chinese));
        Assert.Equal(CaseStatus.Concluded, (await LoadAsync(result.CaseNumber)).Status);

        await _factory.Get<DeliverCaseAtWindow>().HandleAsync(await _factory.ActorAsync("clerk2"), result.CaseNumber, await DocumentCases.ApplicantCollectsAsync(_factory, result.CaseNumber));
        var delivered = await LoadAsync(result.CaseNumber);
        Assert.Equal(CaseStatus.Delivered, delivered.Status);
        Assert.Equal("XY", delivered.HallCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "case.deliver" && a.Subject == result.CaseNumber && a.Actor == "clerk2"));
    }

    [Fact]
    public async Task ChooseCollectionHall_LaterAtAnyWindow_MovesTheCaseToThatHallsDeliveryList()
    {
        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, SignboardMaterials, IntakeDecision.Accept), await _factory.ActorAsync("clerk1"));
        var version = (await LoadAsync(result.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), result.CaseNumber, version, "符合条件");

        await _factory.Get<ChooseCollectionHall>().HandleAsync(await _factory.ActorAsync("clerk1"), result.CaseNumber, "SDG");

        Assert.Contains(await _factory.Get<ReviewQueries>().HallCasesAsync("SDG", CaseStatus.Concluded, 50), c => c.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain(await _factory.Get<ReviewQueries>().HallCasesAsync("AM", CaseStatus.Concluded, 50), c => c.CaseNumber == result.CaseNumber);
        var c = await LoadAsync(result.CaseNumber);
        Assert.Contains(c.Events, e => e.Action == "选择取件大厅" && e.Detail.Contains("三道关镇便民服务中心"));
    }

    [Fact]
    public async Task TakeIn_UnknownCollectionHall_IsRefusedAndStoresNothing()
    {
        var clerk = await _factory.ActorAsync("clerk1");
        int count;
        await using (var before = await _factory.DbAsync())
        {
            count = await before.Cases.CountAsync();
        }

        var error = await Assert.ThrowsAsync<InputException>(() => _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, SignboardMaterials, IntakeDecision.Accept, CollectionHall: "XX"),
            clerk));

        Assert.Equal("collectionHall", error.Field);
        await using var after = await _factory.DbAsync();
        Assert.Equal(count, await after.Cases.CountAsync());
    }

    private async Task<Case> LoadAsync(string number)
    {
        await using var db = await _factory.DbAsync();
        return await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == number);
    }
}
