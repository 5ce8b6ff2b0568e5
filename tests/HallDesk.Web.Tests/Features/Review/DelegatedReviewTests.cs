using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Guide;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>
/// 赋权: an item delegated to XY and taken in there is reviewed by XY's own reviewer (reviewer-xy), not by the district
/// department; taken in at AM it stays with the department; no other hall's reviewer can open it.
/// </summary>
public sealed class DelegatedReviewTests : IClassFixture<HallDeskFactory>
{
    private const string Signboard = IntakeAndReviewTests.Signboard;
    private static readonly string[] SignboardMaterials = ["application-hwzp", "signboard-design"];
    private readonly HallDeskFactory _factory;

    public DelegatedReviewTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task DelegatedItem_TakenInAtXY_IsInXYsReviewerInbox_NotTheDepartments_AndOnlyXYDecidesIt()
    {
        await DelegateSignboardToXyAsync();

        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, SignboardMaterials, IntakeDecision.Accept), await _factory.ActorAsync("clerk-xy1"));

        var reviewerXy = await _factory.StaffAsync("reviewer-xy");
        Assert.Contains((await InboxAsync(reviewerXy)).Rows, r => r.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain((await InboxAsync(await _factory.StaffAsync("reviewer-cg"))).Rows, r => r.CaseNumber == result.CaseNumber);

        var version = (await LoadAsync(result.CaseNumber)).Tasks.Single().Version;
        var department = await _factory.ActorAsync("reviewer-cg");
        var refused = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<ApproveReviewTask>().HandleAsync(department, result.CaseNumber, version, "符合条件"));
        Assert.Contains("已赋权给受理的便民服务中心", Texts.Of(refused, Texts.Chinese));

        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-xy"), result.CaseNumber, version, "符合条件，准予");

        var decided = await LoadAsync(result.CaseNumber);
        Assert.Equal(CaseStatus.Concluded, decided.Status);
        Assert.Equal(("cg", "XY"), (decided.Tasks.Single().DepartmentCode, decided.Tasks.Single().ReviewHallCode));
    }

    [Fact]
    public async Task DelegatedItem_TakenInAtTheDistrictHall_StaysWithTheDepartment()
    {
        await DelegateSignboardToXyAsync();

        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, SignboardMaterials, IntakeDecision.Accept), await _factory.ActorAsync("clerk1"));

        Assert.Contains((await InboxAsync(await _factory.StaffAsync("reviewer-cg"))).Rows, r => r.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain((await InboxAsync(await _factory.StaffAsync("reviewer-xy"))).Rows, r => r.CaseNumber == result.CaseNumber);
        Assert.Null((await LoadAsync(result.CaseNumber)).Tasks.Single().ReviewHallCode);
    }

    [Fact]
    public async Task DelegatedCase_AnotherHallsReviewerAndTheDepartmentCannotOpenIt_XYsReviewerCan()
    {
        await DelegateSignboardToXyAsync();
        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, SignboardMaterials, IntakeDecision.Accept), await _factory.ActorAsync("clerk-xy2"));
        var needToKnow = _factory.Get<NeedToKnow>();
        var sdgReviewer = new StaffMember("sdg-reviewer", "reviewer-sdg", new HashSet<string> { Roles.Reviewer }, "SDG", null, "127.0.0.1");

        Assert.Equal(Access.Allowed, await needToKnow.CaseAccessAsync(await _factory.StaffAsync("reviewer-xy"), result.CaseNumber));
        Assert.Equal(Access.Denied, await needToKnow.CaseAccessAsync(sdgReviewer, result.CaseNumber));
        Assert.Equal(Access.Denied, await needToKnow.CaseAccessAsync(await _factory.StaffAsync("reviewer-cg"), result.CaseNumber));
    }

    [Fact]
    public async Task Demo_DelegatesMinimumLivingAllowanceToXY_GuideShowsXYHandlesItCompletely()
    {
        const string Dibao = "23100400MZ-GF-0001";

        Assert.Contains(await _factory.Get<DelegationList>().ListAsync(), d => d.ItemCode == Dibao && d.HallCode == "XY");
        var item = (await _factory.Get<PublicCatalog>().GetAsync()).Item(Dibao)!;
        Assert.True(item.Halls.Single(h => h.Code == "XY").Complete);
        Assert.True(item.Halls.Single(h => h.Code == "AM").Complete);
        Assert.False(item.Halls.Single(h => h.Code == "SDG").Complete);
    }

    [Fact]
    public async Task Delegate_ToTheDistrictHall_IsRefused_ByAHallManager_IsRefused()
    {
        var district = await _factory.ActorAsync("district");
        var manager = await _factory.ActorAsync("manager");

        var toDistrict = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<DelegateItem>().HandleAsync(district, Signboard, "AM", delegated: true));
        Assert.Contains("只能赋权给使用中的街道/乡镇便民服务中心", Texts.Of(toDistrict, Texts.Chinese));

        var byManager = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<DelegateItem>().HandleAsync(manager, Signboard, "SDG", delegated: true));
        Assert.Contains("区级管理员", Texts.Of(byManager, Texts.Chinese));
    }

    private async Task DelegateSignboardToXyAsync()
    {
        if (!(await _factory.Get<DelegationList>().ListAsync()).Any(d => d.ItemCode == Signboard && d.HallCode == "XY"))
        {
            await _factory.Get<DelegateItem>().HandleAsync(await _factory.ActorAsync("district"), Signboard, "XY", delegated: true);
        }
    }

    private Task<InboxPage> InboxAsync(StaffMember reviewer) =>
        _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery(reviewer.DepartmentCode, InboxFilter.Open, null, null, 0, 200, reviewer.HallCode));

    private async Task<Case> LoadAsync(string number)
    {
        await using var db = await _factory.DbAsync();
        return await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == number);
    }
}
