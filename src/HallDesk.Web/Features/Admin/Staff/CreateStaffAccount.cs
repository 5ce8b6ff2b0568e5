using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>新建账号: the admin adds a staff member of the hall with one role (a reviewer with their department) and a first password.</summary>
public sealed class CreateStaffAccount(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time)
{
    public sealed record Command(string HallCode, string UserName, string DisplayName, string StaffNumber, string Role, string? DepartmentCode, string Password,
        string? AgencyPointCode = null);

    public async Task HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var userName = (command.UserName ?? "").Trim();
        var displayName = (command.DisplayName ?? "").Trim();
        var staffNumber = (command.StaffNumber ?? "").Trim();
        Validate(userName, displayName, staffNumber);

        await StaffAccountWrite.RunAsync(scopes, gate, time, actor, async s =>
        {
            if (!await s.Db.Halls.AnyAsync(h => h.Code == command.HallCode, ct))
            {
                throw new DomainException("Hall.CodeNotFound", command.HallCode);
            }

            var (department, point) = await s.CheckRoleAsync(command.Role, command.DepartmentCode, command.HallCode, command.AgencyPointCode, ct);
            if (await s.Users.Users.AnyAsync(u => u.StaffNumber == staffNumber && u.HallCode == command.HallCode, ct))
            {
                throw new DomainException("Staff.NumberTaken", staffNumber);
            }

            var user = new StaffUser
            {
                UserName = userName,
                DisplayName = displayName,
                StaffNumber = staffNumber,
                HallCode = command.HallCode,
                DepartmentCode = department,
                AgencyPointCode = point,
                EmailConfirmed = true,
            };

            // A refused password or role throws before the commit: no account is left behind.
            StaffAccountWrite.Check(await s.Users.CreateAsync(user, command.Password ?? ""));
            StaffAccountWrite.Check(await s.Users.AddToRoleAsync(user, command.Role));
            s.Audit("staff.create", userName,
                $"{displayName}，工号 {staffNumber}，{command.HallCode}，{command.Role}{(department is null ? "" : "，" + department)}{(point is null ? "" : "，代办点 " + point)}");
        }, ct);
    }

    private static void Validate(string userName, string displayName, string staffNumber)
    {
        if (userName.Length is < 2 or > 32)
        {
            throw new DomainException("Staff.UserNameLength");
        }

        if (displayName.Length is < 1 or > 32)
        {
            throw new DomainException("Staff.DisplayNameLength");
        }

        if (staffNumber.Length is < 1 or > 16)
        {
            throw new DomainException("Staff.NumberLength");
        }
    }
}
