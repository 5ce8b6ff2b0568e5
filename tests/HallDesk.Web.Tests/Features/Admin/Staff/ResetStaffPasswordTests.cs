using System.Net;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

public sealed class ResetStaffPasswordTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private const string NewPassword = "Welcome@2026";

    [Fact]
    public async Task ResetPassword_NewOneWorksOldOneNot_WeakOneRefused()
    {
        var reset = factory.Get<ResetStaffPassword>();
        var admin = await factory.ActorAsync("admin");

        var weak = await Assert.ThrowsAsync<DomainException>(() => reset.HandleAsync("clerk2", "123", admin));
        Assert.Contains("密码太短", Texts.Of(weak, Texts.Chinese), StringComparison.Ordinal);

        await reset.HandleAsync("clerk2", NewPassword, admin);

        Assert.Equal(HttpStatusCode.OK, (await LoginClient.SignInAsync(LoginClient.Create(factory), "clerk2", HallDeskFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(LoginClient.Create(factory), "clerk2", NewPassword)).StatusCode);
        await using var db = await factory.DbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "staff.password" && a.Subject == "clerk2"));
    }
}
