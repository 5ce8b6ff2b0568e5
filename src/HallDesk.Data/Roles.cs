namespace HallDesk.Data;

public static class Roles
{
    public const string Clerk = "Clerk";
    public const string Reviewer = "Reviewer";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public const string ManagerOrAdmin = Manager + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Clerk, Reviewer, Manager, Admin];
}
