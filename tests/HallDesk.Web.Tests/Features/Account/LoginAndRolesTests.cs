using System.Net;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Account;

public sealed class LoginAndRolesTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public LoginAndRolesTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/counter")]
    [InlineData("/manager")]
    public async Task StaffPage_Anonymous_RedirectsToLogin(string page)
    {
        var response = await LoginClient.Create(_factory).GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/kiosk/AM")]
    [InlineData("/board/AM")]
    [InlineData("/counter-screen/AM/3")]
    [InlineData("/")]
    public async Task PublicPage_Anonymous_Opens(string page)
    {
        var response = await LoginClient.Create(_factory).GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_Clerk_LandsOnCounterConsoleAndIsAudited()
    {
        var client = LoginClient.Create(_factory);

        var response = await LoginClient.SignInAsync(client, "clerk2", HallDeskFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/counter", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/counter")).StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "login" && a.Actor == "clerk2"));
    }

    [Fact]
    public async Task ManagerPage_AsClerk_IsDenied()
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "clerk3", HallDeskFactory.Password);

        var response = await client.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/manager")]
    [InlineData("/manager/reports")]
    [InlineData("/manager/catalog")]
    [InlineData("/manager/calendar")]
    [InlineData("/manager/evaluations")]
    [InlineData("/manager/rectifications")]
    [InlineData("/manager/pads")]
    [InlineData("/admin/hall")]
    [InlineData("/admin/queue")]
    [InlineData("/admin/staff")]
    public async Task ManagerAndConfigurationScreens_ClerkIsDenied_ManagerGetsIn(string page)
    {
        var clerk = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(clerk, "clerk1", HallDeskFactory.Password);
        var manager = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(manager, "manager", HallDeskFactory.Password);

        var denied = await clerk.GetAsync(page);
        var allowed = await manager.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/access-denied", denied.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task CounterPage_AsManager_IsDenied()
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);

        var response = await client.GetAsync("/counter");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var client = LoginClient.Create(_factory);
        for (var i = 0; i < 4; i++)
        {
            var wrong = await LoginClient.SignInAsync(client, "clerk4", "wrong-password");
            Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync());
        }

        var fifth = await LoginClient.SignInAsync(client, "clerk4", "wrong-password");
        Assert.Contains("已被暂时锁定", await fifth.Content.ReadAsStringAsync());
        var right = await LoginClient.SignInAsync(client, "clerk4", HallDeskFactory.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("已被暂时锁定", await right.Content.ReadAsStringAsync());
        await using var db = await _factory.DbAsync();
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action == "login.failed" && a.Actor == "clerk4"));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "login.locked" && a.Actor == "clerk4"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "login" && a.Actor == "clerk4"));
    }

    [Fact]
    public async Task AuditLog_RefusesUpdateAndDelete()
    {
        await LoginClient.SignInAsync(LoginClient.Create(_factory), "admin", HallDeskFactory.Password);
        await using var db = await _factory.DbAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Actor == "x"));
        Assert.True(await db.AuditEntries.AnyAsync());
    }
}
