using System.Net;
using HallDesk.Data;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

public sealed class UnlockStaffAccountTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task Unlock_LockedAccount_CanSignInAgainAndIsAudited()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync("clerk4"))!;
            await users.SetLockoutEndDateAsync(user, factory.Clock.GetUtcNow().AddMinutes(15));
        }

        var staff = factory.Get<StaffQueries>();
        Assert.True(Assert.Single(await staff.ListAsync("AM"), r => r.UserName == "clerk4").Locked);

        await factory.Get<UnlockStaffAccount>().HandleAsync("clerk4", await factory.ActorAsync("admin"));

        Assert.False(Assert.Single(await staff.ListAsync("AM"), r => r.UserName == "clerk4").Locked);
        var response = await LoginClient.SignInAsync(LoginClient.Create(factory), "clerk4", HallDeskFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "staff.unlock" && a.Subject == "clerk4"));
    }
}
