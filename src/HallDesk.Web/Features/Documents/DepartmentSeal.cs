using HallDesk.Domain.Catalog;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// A department as its documents name it: the issuing name, the short name of its 文号 series, its 复议机关 and court.
/// A task delegated to a street hall (赋权) is decided in the hall's name: <see cref="ForHall"/>.
/// </summary>
public sealed record DepartmentSeal(string Code, string Name, string ShortName, string AppealBody, string Court, string? NumberSeries = null)
{
    /// <summary>What opens the 文号 before 许字/补字: 爱民市场监管 for a district department, 向阳政服 for a street hall.</summary>
    public string Series => NumberSeries ?? "爱民" + ShortName;

    /// <summary>
    /// The street hall that decides a delegated department's part (赋权): its name on the decision and the seal, its short
    /// name in the 文号 (向阳政服许字〔2026〕第0001号); the department's appeal bodies stay (the district government, the court).
    /// </summary>
    public DepartmentSeal ForHall(string hallName, string hallShortName) =>
        this with { Name = hallName, NumberSeries = hallShortName + "政服" };

    /// <summary>The district's defaults (《行政复议法》第二十四条: the government of the level; the basic court of the district).</summary>
    public const string DistrictAppealBody = "牡丹江市爱民区人民政府";

    public const string DistrictCourt = "牡丹江市爱民区人民法院";

    public static DepartmentSeal Of(Department d, string defaultAppealBody = DistrictAppealBody, string defaultCourt = DistrictCourt) =>
        new(d.Code, d.IssuingName, d.ShortName, d.AppealBody.Length > 0 ? d.AppealBody : defaultAppealBody, d.Court.Length > 0 ? d.Court : defaultCourt);

    /// <summary>A department the catalog no longer has: its name from the case, the district's appeal bodies.</summary>
    public static DepartmentSeal Unknown(string code, string name) => new(code, name, code, DistrictAppealBody, DistrictCourt);
}
