namespace HallDesk.Web.Features.Reports;

/// <summary>
/// One hall's month as 分建统管 looks at it (the district guiding and supervising the street halls), counted over the
/// cases the hall accepted in the month, except <paramref name="Mailed"/>, counted by the day the result was posted.
/// </summary>
/// <param name="Bundles">一件事: accepted cases of a bundle.</param>
/// <param name="ByCommitment">告知承诺: accepted cases with at least one item taken in on the applicant's signed commitment.</param>
/// <param name="CommitmentShare">ByCommitment / Accepted; null when nothing was accepted.</param>
/// <param name="MaterialsWaived">免提交: materials of the accepted cases supplied by the 电子证照 registry, another department or an earlier stage.</param>
/// <param name="Assisted">帮办: accepted cases taken in during a visit the clerk marked 帮办, or by a 代办点's agent (帮办代办).</param>
/// <param name="ByAgent">代办: accepted cases filed by an entrusted agent (代理人) on the applicant's behalf.</param>
/// <param name="Mailed">邮寄送达: results posted free of charge in the month.</param>
public sealed record MonthlyHallRow(
    string HallCode, string HallName, int Accepted, int Bundles, int ByCommitment, double? CommitmentShare, int MaterialsWaived, int Assisted, int ByAgent, int Mailed);

/// <summary>One 代办点's month: the cases its agents took in that were accepted in the month (part of its hall's 帮办).</summary>
public sealed record MonthlyPointRow(string PointCode, string PointName, string HallCode, int Accepted);

/// <summary>The 分建统管 monthly report: a row per hall and the district's total, and a row per 代办点.</summary>
public sealed record MonthlyReport(DateOnly Month, IReadOnlyList<MonthlyHallRow> Rows, MonthlyHallRow Total)
{
    public IReadOnlyList<MonthlyPointRow> Points { get; init; } = [];

    public const string Title = "分建统管月报";

    public static readonly IReadOnlyList<string> Headers =
        ["大厅代码", "大厅", "受理件数", "一件事", "告知承诺件数", "承诺制占比", "免提交材料数", "帮办件数", "代办件数", "邮寄送达件数"];

    public static MonthlyHallRow Sum(IReadOnlyList<MonthlyHallRow> rows)
    {
        var accepted = rows.Sum(r => r.Accepted);
        var commitment = rows.Sum(r => r.ByCommitment);
        return new MonthlyHallRow("", "合计", accepted, rows.Sum(r => r.Bundles), commitment, ReportMath.Rate(commitment, accepted),
            rows.Sum(r => r.MaterialsWaived), rows.Sum(r => r.Assisted), rows.Sum(r => r.ByAgent), rows.Sum(r => r.Mailed));
    }

    public static IReadOnlyList<string> Cells(MonthlyHallRow r) =>
    [
        r.HallCode, r.HallName, Number(r.Accepted), Number(r.Bundles), Number(r.ByCommitment), ReportExport.Percent(r.CommitmentShare),
        Number(r.MaterialsWaived), Number(r.Assisted), Number(r.ByAgent), Number(r.Mailed),
    ];

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
