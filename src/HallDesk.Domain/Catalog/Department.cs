namespace HallDesk.Domain.Catalog;

/// <summary>部门: a back-office department (or a utility's desk) that reviews its items; reviewers belong to one.</summary>
public sealed class Department
{
    private Department()
    {
        Code = Name = ShortName = FullName = AppealBody = Court = "";
    }

    public Department(string code, string name, string shortName, DepartmentKind kind = DepartmentKind.Government)
    {
        Kind = kind;
        Code = code;
        Name = name;
        ShortName = shortName;
        FullName = AppealBody = Court = "";
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string ShortName { get; private set; }

    public DepartmentKind Kind { get; private set; }

    /// <summary>The name a decision is issued in (牡丹江市爱民区市场监督管理局); empty means <see cref="Name"/>.</summary>
    public string FullName { get; private set; }

    /// <summary>复议机关 of this department's decisions; empty means the district default (《行政复议法》第二十四条).</summary>
    public string AppealBody { get; private set; }

    /// <summary>The 人民法院 of first instance for its decisions; empty means the district default.</summary>
    public string Court { get; private set; }

    public string IssuingName => FullName.Length > 0 ? FullName : Name;

    /// <summary>The names its documents carry: the issuing name, the short name of its 文号 series, and its appeal bodies.</summary>
    public void SetLegalNames(string fullName, string shortName, string appealBody, string court)
    {
        if (string.IsNullOrWhiteSpace(fullName) || string.IsNullOrWhiteSpace(shortName))
        {
            throw new DomainException("Department.NamesRequired");
        }

        FullName = fullName.Trim();
        ShortName = shortName.Trim();
        AppealBody = appealBody.Trim();
        Court = court.Trim();
    }
}
