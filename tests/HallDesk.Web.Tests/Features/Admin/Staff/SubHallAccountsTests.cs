using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Features.Agency;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

/// <summary>
/// 账号管理 for a street hall: a reviewer of the hall with no department (like reviewer-xy, for the delegated items), and a
/// 代办点's agent. A reviewer of the district hall still needs a department; an agent needs a point of the hall.
/// </summary>
public sealed class SubHallAccountsTests : IClassFixture<HallDeskFactory>
{
    private const string NewPassword = "Welcome@2026";
    private readonly HallDeskFactory _factory;

    public SubHallAccountsTests(HallDeskFactory factory) => _factory = factory;

    private CreateStaffAccount Create => _factory.Get<CreateStaffAccount>();

    [Fact]
    public async Task Reviewer_OfASubHall_WithoutDepartment_IsCreated_AndHasTheHallsInbox()
    {
        await Create.HandleAsync(new("XY", "reviewer-xy2", "向阳街道审批员二", "XY2002", Roles.Reviewer, null, NewPassword), await _factory.ActorAsync("admin"));

        var row = Assert.Single(await _factory.Get<StaffQueries>().ListAsync("XY"), r => r.UserName == "reviewer-xy2");
        Assert.Equal([Roles.Reviewer], row.Roles);
        Assert.Null(row.DepartmentCode);
        // The hall's delegated 最低生活保障 taken in at its window is in the new reviewer's inbox.
        var taken = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Zhang, AgencyIntakeTests.Dibao, AgencyIntakeTests.DibaoMaterials, IntakeDecision.Accept),
            await _factory.ActorAsync("clerk-xy1"));
        var staff = await _factory.StaffAsync("reviewer-xy2");
        var inbox = await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery(staff.DepartmentCode, InboxFilter.Open, null, null, 0, 50, staff.HallCode));
        Assert.Contains(inbox.Rows, r => r.CaseNumber == taken.CaseNumber);
    }

    [Fact]
    public async Task Reviewer_OfTheDistrictHall_WithoutDepartment_IsRefused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Create.HandleAsync(new("AM", "reviewer-none", "无部门审批员", "AM2999", Roles.Reviewer, null, NewPassword), _factory.ActorAsync("admin").Result));

        Assert.Contains("审批人员必须选择所属部门", Texts.Of(refused, Texts.Chinese));
        Assert.DoesNotContain(await _factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "reviewer-none");
    }

    [Fact]
    public async Task Agent_NeedsAPointOfTheirHall()
    {
        var admin = await _factory.ActorAsync("admin");

        var none = await Assert.ThrowsAsync<DomainException>(() => Create.HandleAsync(new("XY", "agent-x", "代办员", "XY3100", Roles.Agent, null, NewPassword), admin));
        var otherHalls = await Assert.ThrowsAsync<DomainException>(() =>
            Create.HandleAsync(new("XY", "agent-y", "代办员", "XY3101", Roles.Agent, null, NewPassword, "SDG01"), admin));
        await Create.HandleAsync(new("XY", "agent-xy01b", "向阳社区代办员二", "XY3102", Roles.Agent, null, NewPassword, "XY01"), admin);

        Assert.Contains("代办员必须选择本中心一个在用的代办点", Texts.Of(none, Texts.Chinese));
        Assert.Contains("代办员必须选择本中心一个在用的代办点", Texts.Of(otherHalls, Texts.Chinese));
        Assert.Equal("XY01", (await _factory.StaffAsync("agent-xy01b")).AgencyPointCode);
    }

    [Fact]
    public async Task ChangeRole_FromAgentToClerk_DropsThePoint()
    {
        var admin = await _factory.ActorAsync("admin");
        await Create.HandleAsync(new("SDG", "agent-sdg-c", "北安村代办员二", "SD3102", Roles.Agent, null, NewPassword, "SDG01"), admin);

        await _factory.Get<ChangeStaffRole>().HandleAsync(new("agent-sdg-c", Roles.Clerk, null), admin);

        var staff = await _factory.StaffAsync("agent-sdg-c");
        Assert.Null(staff.AgencyPointCode);
        Assert.False(staff.IsAgent);
    }
}
