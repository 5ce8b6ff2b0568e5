using System.Security.Claims;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Staff;

/// <summary>
/// The staff context: the signed-in <see cref="StaffMember"/> (user, roles, hall, department, the audit actor), read from
/// the sign-in and the staff row. <see cref="StaffContextProvider"/> in MainLayout reads it once per circuit and cascades it
/// to the pages; minimal API endpoints read it here from the request.
/// </summary>
public sealed class StaffContextLoader(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public Task<StaffMember> LoadAsync(ClaimsPrincipal user, string? address, CancellationToken ct = default) =>
        user.Identity?.IsAuthenticated == true
            ? StaffMember.OfAsync(dbFactory, user, address, ct)
            : Task.FromResult(new StaffMember("", "", new HashSet<string>(), "", null, address));

    public Task<StaffMember> LoadAsync(HttpContext http) =>
        LoadAsync(http.User, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
}
