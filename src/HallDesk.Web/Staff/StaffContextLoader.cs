using System.Security.Claims;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Staff;

/// <summary>Builds a <see cref="StaffContext"/> from a sign-in and its staff row: for the layout's provider and for endpoints.</summary>
public sealed class StaffContextLoader(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<StaffContext> LoadAsync(ClaimsPrincipal user, string? address, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(id))
        {
            return StaffContext.Anonymous(address);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.DisplayName, u.HallCode, u.DepartmentCode })
            .SingleOrDefaultAsync(ct);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new StaffContext(id, user.Identity.Name ?? "", row?.DisplayName ?? "", roles, row?.HallCode ?? "", row?.DepartmentCode, address);
    }

    /// <summary>The same facts for a minimal API endpoint (report export, documents): the caller's sign-in and address.</summary>
    public Task<StaffContext> LoadAsync(HttpContext http) =>
        LoadAsync(http.User, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
}
