using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

public sealed class ChangeStaffRoleTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task ChangeRole_ClerkToReviewer_SetsRoleAndDepartmentAndAudits()
    {
        await factory.Get<ChangeStaffRole>().HandleAsync(new ChangeStaffRole.Command("clerk3", Roles.Reviewer, "rs"), await factory.ActorAsync("admin"));

        var row = Assert.Single(await factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "clerk3");
        Assert.Equal([Roles.Reviewer], row.Roles);
        Assert.Equal("rs", row.DepartmentCode);
        await using var db = await factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.role" && a.Subject == "clerk3" && a.Details.Contains("Reviewer")));
    }

    [Fact]
    public async Task ChangeRole_AdminDemotingThemself_IsRefused()
    {
        var admin = await factory.ActorAsync("admin");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            factory.Get<ChangeStaffRole>().HandleAsync(new ChangeStaffRole.Command("admin", Roles.Manager, null), admin));

        Assert.Contains("不能取消自己的管理员角色", Texts.Of(error, Texts.Chinese), StringComparison.Ordinal);
        Assert.Equal([Roles.Admin], Assert.Single(await factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "admin").Roles);
    }

    /// <summary>Issue 16 item 4: the admin grants a department's reviewer the 审批 permission; another role never keeps it.</summary>
    [Fact]
    public async Task ChangeRole_ReviewerWithTheApprovalPermission_IsKeptAndAudited_AnotherRoleDropsIt()
    {
        var admin = await factory.ActorAsync("admin");

        await factory.Get<ChangeStaffRole>().HandleAsync(new ChangeStaffRole.Command("clerk4", Roles.Reviewer, "scjg", CanApprove: true), admin);

        Assert.True(Assert.Single(await factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "clerk4").CanApprove);
        await using (var db = await factory.DbAsync())
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.role" && a.Subject == "clerk4" && a.Details.EndsWith("scjg 审批")));
        }

        await factory.Get<ChangeStaffRole>().HandleAsync(new ChangeStaffRole.Command("clerk4", Roles.Clerk, null, CanApprove: true), admin);

        Assert.False(Assert.Single(await factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "clerk4").CanApprove);
    }
}
