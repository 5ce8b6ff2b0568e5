using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>
/// The signed-in staff member as access checks see them: roles from the sign-in, hall and department from the account
/// (read fresh, so a move to another hall counts at once), and the address the audit log records.
/// </summary>
public sealed record StaffMember(string UserId, string UserName, IReadOnlySet<string> Roles, string HallCode, string? DepartmentCode, string? Address,
    string? AgencyPointCode = null)
{
    /// <summary>代办员 of a 代办点: sees only the cases their point took in.</summary>
    public bool IsAgent => Roles.Contains(Data.Roles.Agent) && AgencyPointCode is { Length: > 0 };

    public bool IsAdmin => Roles.Contains(Data.Roles.Admin);

    /// <summary>Admin or district manager: changes district-wide data, sees every hall's figures.</summary>
    public bool IsDistrict => IsAdmin || Roles.Contains(Data.Roles.DistrictManager);

    public Actor Actor => new(UserId, UserName, Address);

    public static async Task<StaffMember> OfAsync(IDbContextFactory<HallDeskDbContext> dbFactory, ClaimsPrincipal user, string? address, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.HallCode, u.DepartmentCode, u.AgencyPointCode }).SingleOrDefaultAsync(ct);
        return new StaffMember(id, user.Identity?.Name ?? "", roles, account?.HallCode ?? "", account?.DepartmentCode, address, account?.AgencyPointCode);
    }
}
