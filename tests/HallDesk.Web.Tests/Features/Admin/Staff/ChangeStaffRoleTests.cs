using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

public sealed class ChangeStaffRoleTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private readonly HallDeskFactory _factory;
    private Actor _admin = default!;

    public ChangeStaffRoleTests(HallDeskFactory factory) => _factory = factory;

    public async Task InitializeAsync() => _admin = await _factory.ActorAsync("admin");

    public Task DisposeAsync() => Task.CompletedTask;

    private ChangeStaffRole ChangeRole => _factory.Get<ChangeStaffRole>();

    [Fact]
    public async Task ChangeRole_ClerkToReviewer_SetsRoleAndDepartmentAndAudits()
    {
        await ChangeRole.HandleAsync(new ChangeStaffRole.Command("clerk3", Roles.Reviewer, "rs"), _admin);

        var row = Assert.Single(await _factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "clerk3");
        Assert.Equal([Roles.Reviewer], row.Roles);
        Assert.Equal("rs", row.DepartmentCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.role" && a.Subject == "clerk3" && a.Details.Contains("Reviewer")));
    }

    [Fact]
    public async Task ChangeRole_AdminDemotingThemself_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => ChangeRole.HandleAsync(new ChangeStaffRole.Command("admin", Roles.Manager, null), _admin));

        Assert.Contains("不能取消自己的管理员角色", error.Message);
        Assert.Equal([Roles.Admin], Assert.Single(await _factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "admin").Roles);
    }
}
