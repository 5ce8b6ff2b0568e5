namespace HallDesk.Data;

public static class Roles
{
    public const string Clerk = "Clerk";
    public const string Reviewer = "Reviewer";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    /// <summary>区级管理: keeps the district's calendar and catalog, reads every hall's figures and the audit log.</summary>
    public const string DistrictManager = "DistrictManager";

    /// <summary>代办员: belongs to a 代办点 (and so to its parent hall); takes in applications on citizens' behalf at /agency.</summary>
    public const string Agent = "Agent";

    public const string ManagerOrAdmin = Manager + "," + Admin;

    /// <summary>The roles that change district-wide data (calendar, catalog, departments, bundles) and see every hall.</summary>
    public const string District = Admin + "," + DistrictManager;

    /// <summary>The roles that read a hall's dashboard and reports: its manager, and district roles for every hall (read-only).</summary>
    public const string ManagerOrDistrict = Manager + "," + District;

    public static readonly IReadOnlyList<string> All = [Clerk, Reviewer, Manager, Admin, DistrictManager, Agent];

    public static readonly IReadOnlyList<string> DistrictRoles = [Admin, DistrictManager];
}
