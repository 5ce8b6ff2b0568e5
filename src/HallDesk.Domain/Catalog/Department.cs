namespace HallDesk.Domain.Catalog;

/// <summary>部门: a back-office department (or a utility's desk) that reviews its items; reviewers belong to one.</summary>
public sealed class Department
{
    private Department()
    {
        Code = Name = ShortName = "";
    }

    public Department(string code, string name, string shortName, DepartmentKind kind = DepartmentKind.Government)
    {
        Kind = kind;
        Code = code;
        Name = name;
        ShortName = shortName;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string ShortName { get; private set; }

    public DepartmentKind Kind { get; private set; }
}
