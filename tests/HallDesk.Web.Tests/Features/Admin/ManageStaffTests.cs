using System.Net;
using HallDesk.Domain;
using HallDesk.Data;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Admin;

public sealed class ManageStaffTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private const string NewPassword = "Welcome@2026";
    private readonly HallDeskFactory _factory;
    private Actor _admin = default!;

    public ManageStaffTests(HallDeskFactory factory) => _factory = factory;

    public async Task InitializeAsync() => _admin = await _factory.ActorAsync("admin");

    public Task DisposeAsync() => Task.CompletedTask;

    private ManageStaff Staff => _factory.Get<ManageStaff>();

    [Fact]
    public async Task Create_ThenSignIn_LandsOnTheRolesPageAndIsAudited()
    {
        await Staff.CreateAsync(new ManageStaff.CreateCommand("AM", "clerk9", "孙丽", "AM1009", Roles.Clerk, null, NewPassword), _admin);

        var client = LoginClient.Create(_factory);
        var response = await LoginClient.SignInAsync(client, "clerk9", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/counter", response.Headers.Location!.PathAndQuery);
        var row = Assert.Single(await Staff.ListAsync("AM"), r => r.UserName == "clerk9");
        Assert.Equal(("孙丽", "AM1009", false), (row.DisplayName, row.StaffNumber, row.Locked));
        Assert.Equal([Roles.Clerk], row.Roles);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.create" && a.Subject == "clerk9" && a.Actor == "admin"));
    }

    [Theory]
    [InlineData("short1", "Ab@1", "密码太短")]
    [InlineData("nodigit", "Abcdefg@h", "必须包含数字")]
    [InlineData("nosymbol", "Abcdefg12", "符号")]
    [InlineData("noupper", "abcdefg@12", "大写字母")]
    public async Task Create_WeakPassword_IsRefusedInChineseAndNoAccountIsLeft(string userName, string password, string message)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Staff.CreateAsync(new ManageStaff.CreateCommand("AM", userName, "测试", "T-" + userName, Roles.Clerk, null, password), _admin));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese));
        await using var db = await _factory.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "staff.create" && a.Subject == userName));
    }

    [Theory]
    [InlineData("clerk1", "AM7001", "Clerk", null, "用户名已被使用")]
    [InlineData("newone", "AM1001", "Clerk", null, "工号 AM1001 已被使用")]
    [InlineData("newtwo", "AM7002", "Reviewer", null, "必须选择所属部门")]
    [InlineData("newthree", "AM7003", "Boss", null, "请选择角色")]
    public async Task Create_BadAccount_IsRefusedInChinese(string userName, string staffNumber, string role, string? department, string message)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Staff.CreateAsync(new ManageStaff.CreateCommand("AM", userName, "测试", staffNumber, role, department, NewPassword), _admin));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese));
    }

    [Fact]
    public async Task Create_ByManager_IsRefused()
    {
        var manager = await _factory.ActorAsync("manager");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Staff.CreateAsync(new ManageStaff.CreateCommand("AM", "sneaky", "测试", "AM7100", Roles.Admin, null, NewPassword), manager));

        Assert.Contains("只有系统管理员", Texts.Of(error, Texts.Chinese));
    }

    [Fact]
    public async Task ChangeRole_ClerkToReviewer_SetsRoleAndDepartmentAndAudits()
    {
        await Staff.ChangeRoleAsync(new ManageStaff.RoleCommand("clerk3", Roles.Reviewer, "rs"), _admin);

        var row = Assert.Single(await Staff.ListAsync("AM"), r => r.UserName == "clerk3");
        Assert.Equal([Roles.Reviewer], row.Roles);
        Assert.Equal("rs", row.DepartmentCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.role" && a.Subject == "clerk3" && a.Details.Contains("Reviewer")));
    }

    [Fact]
    public async Task ChangeRole_AdminDemotingThemself_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Staff.ChangeRoleAsync(new ManageStaff.RoleCommand("admin", Roles.Manager, null), _admin));

        Assert.Contains("不能取消自己的管理员角色", Texts.Of(error, Texts.Chinese));
        Assert.Equal([Roles.Admin], Assert.Single(await Staff.ListAsync("AM"), r => r.UserName == "admin").Roles);
    }

    [Fact]
    public async Task Unlock_LockedAccount_CanSignInAgainAndIsAudited()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync("clerk4"))!;
            await users.SetLockoutEndDateAsync(user, _factory.Clock.GetUtcNow().AddMinutes(15));
        }

        Assert.True(Assert.Single(await Staff.ListAsync("AM"), r => r.UserName == "clerk4").Locked);

        await Staff.UnlockAsync("clerk4", _admin);

        Assert.False(Assert.Single(await Staff.ListAsync("AM"), r => r.UserName == "clerk4").Locked);
        var response = await LoginClient.SignInAsync(LoginClient.Create(_factory), "clerk4", HallDeskFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.unlock" && a.Subject == "clerk4"));
    }

    [Fact]
    public async Task ResetPassword_NewOneWorksOldOneNot_WeakOneRefused()
    {
        var weak = await Assert.ThrowsAsync<DomainException>(() => Staff.ResetPasswordAsync("clerk2", "123", _admin));
        Assert.Contains("密码太短", Texts.Of(weak, Texts.Chinese));

        await Staff.ResetPasswordAsync("clerk2", NewPassword, _admin);

        Assert.Equal(HttpStatusCode.OK, (await LoginClient.SignInAsync(LoginClient.Create(_factory), "clerk2", HallDeskFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(LoginClient.Create(_factory), "clerk2", NewPassword)).StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "staff.password" && a.Subject == "clerk2"));
    }
}
