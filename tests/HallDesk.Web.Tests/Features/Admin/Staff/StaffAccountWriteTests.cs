using HallDesk.Data;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

/// <summary>
/// A staff-account change and its audit line commit together: when the database refuses the audit line (a trigger
/// here, a full disk or a broken table in life), the account is as it was. Before, UserManager wrote the account
/// on its own and the audit line came after, so the change stayed without its audit line.
/// </summary>
public class StaffAccountWriteTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private const string NewPassword = "Welcome@2026";
    private Actor _admin = default!;

    public async Task InitializeAsync()
    {
        _admin = await factory.ActorAsync("admin");

        // Only the audit lines of these three accounts' changes are refused; everything else is written as usual.
        await using var db = await factory.DbAsync();
        if (factory.PostgresDatabaseName is null)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER IF NOT EXISTS Test_RefuseStaffAudit BEFORE INSERT ON AuditEntries " +
                "WHEN NEW.Action LIKE 'staff.%' AND NEW.Subject IN ('refused9', 'clerk2', 'clerk3') " +
                "BEGIN SELECT RAISE(ABORT, 'audit line refused'); END;");
            return;
        }

        await db.Database.ExecuteSqlRawAsync(
            "CREATE OR REPLACE FUNCTION test_refuse_staff_audit() RETURNS trigger LANGUAGE plpgsql AS " +
            "$$ BEGIN IF NEW.\"Action\" LIKE 'staff.%' AND NEW.\"Subject\" IN ('refused9', 'clerk2', 'clerk3') " +
            "THEN RAISE EXCEPTION 'audit line refused'; END IF; RETURN NEW; END $$;");
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS \"Test_RefuseStaffAudit\" ON \"AuditEntries\";");
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER \"Test_RefuseStaffAudit\" BEFORE INSERT ON \"AuditEntries\" " +
            "FOR EACH ROW EXECUTE FUNCTION test_refuse_staff_audit();");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_AuditLineRefused_LeavesNoAccount()
    {
        var command = new CreateStaffAccount.Command("AM", "refused9", "孙丽", "AM1099", Roles.Clerk, null, NewPassword);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.Get<CreateStaffAccount>().HandleAsync(command, _admin));

        await using var db = await factory.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "refused9"));
        Assert.False(await db.Users.AnyAsync(u => u.StaffNumber == "AM1099"));
    }

    [Fact]
    public async Task ResetPassword_AuditLineRefused_KeepsTheOldPassword()
    {
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.Get<ResetStaffPassword>().HandleAsync("clerk2", NewPassword, _admin));

        Assert.True(await PasswordWorksAsync(factory, "clerk2", HallDeskFactory.Password));
        Assert.False(await PasswordWorksAsync(factory, "clerk2", NewPassword));
    }

    [Fact]
    public async Task ChangeRole_AuditLineRefused_KeepsTheOldRole()
    {
        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            factory.Get<ChangeStaffRole>().HandleAsync(new ChangeStaffRole.Command("clerk3", Roles.Reviewer, "rs"), _admin));

        var row = Assert.Single(await factory.Get<StaffQueries>().ListAsync("AM"), r => r.UserName == "clerk3");
        Assert.Equal([Roles.Clerk], row.Roles);
        Assert.Null(row.DepartmentCode);
    }

    internal static async Task<bool> PasswordWorksAsync(HallDeskFactory factory, string userName, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }
}
