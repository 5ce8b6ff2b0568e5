using System.Net;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

public sealed class CreateStaffAccountTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private const string NewPassword = "Welcome@2026";
    private readonly HallDeskFactory _factory;
    private Actor _admin = default!;

    public CreateStaffAccountTests(HallDeskFactory factory) => _factory = factory;

    public async Task InitializeAsync() => _admin = await _factory.ActorAsync("admin");

    public Task DisposeAsync() => Task.CompletedTask;

    private CreateStaffAccount Create => _factory.Get<CreateStaffAccount>();

    [Fact]
    public async Task Create_ThenSignIn_LandsOnTheRolesPageAndIsAudited()
    {
        await Create.HandleAsync(new CreateStaffAccount.Command("AM", "clerk9", "孙丽", "AM1009", Roles.Clerk, null, NewPassword), _admin);

        var client = LoginClient.Create(_factory);
        var response = await LoginClient.SignInAsync(client, "clerk9", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/counter", response.Headers.Location!.PathAndQuery);
        var row = Assert.Single(await _factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "clerk9");
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
            Create.HandleAsync(new CreateStaffAccount.Command("AM", userName, "测试", "T-" + userName, Roles.Clerk, null, password), _admin));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese), StringComparison.Ordinal);
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
            Create.HandleAsync(new CreateStaffAccount.Command("AM", userName, "测试", staffNumber, role, department, NewPassword), _admin));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ByManager_IsRefused()
    {
        var manager = await _factory.ActorAsync("manager");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Create.HandleAsync(new CreateStaffAccount.Command("AM", "sneaky", "测试", "AM7100", Roles.Admin, null, NewPassword), manager));

        Assert.Contains("只有系统管理员", Texts.Of(error, Texts.Chinese), StringComparison.Ordinal);
    }
}
