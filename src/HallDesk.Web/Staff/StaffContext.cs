using HallDesk.Data;

namespace HallDesk.Web.Staff;

/// <summary>
/// Who is at the keyboard: read once per circuit from the sign-in and the staff row by <see cref="StaffContextProvider"/>
/// (in MainLayout) and cascaded to every staff page, so no page looks up its user's hall or department again.
/// A counter is not part of it: a clerk opens and closes counters within the circuit, and the console reads that live.
/// </summary>
public sealed record StaffContext(
    string UserId,
    string UserName,
    string DisplayName,
    IReadOnlySet<string> Roles,
    string HallCode,
    string? DepartmentCode,
    string? Address)
{
    public static StaffContext Anonymous(string? address) => new("", "", "", new HashSet<string>(), "", null, address);

    public bool IsSignedIn => UserId.Length > 0;

    /// <summary>The staff member as the audit log names them.</summary>
    public Actor Actor => new(UserId, UserName, Address);

    public bool IsInRole(string role) => Roles.Contains(role);
}
