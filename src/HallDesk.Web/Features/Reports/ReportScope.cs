using HallDesk.Data;

namespace HallDesk.Web.Features.Reports;

/// <summary>
/// Whose figures a report holds. A hall manager reads their own hall only: naming another hall, all halls, or the hall
/// dimension is refused. District roles read any hall, and every hall side by side (the hall dimension).
/// </summary>
/// <param name="Hall">The hall, or null for every hall.</param>
/// <param name="Refusal">Why the reader may not have it (a 403), or null.</param>
public sealed record ReportScope(string? Hall, string? Refusal)
{
    public const string OwnHallOnly = "只能查看本大厅的报表。";

    /// <param name="wanted">The <c>hall</c> the request names: a code, <c>all</c>, or nothing (the reader's own hall).</param>
    public static ReportScope Of(StaffMember reader, string? wanted, ReportDimension by)
    {
        var named = string.IsNullOrWhiteSpace(wanted) ? null : wanted.Trim().ToUpperInvariant();
        var all = by == ReportDimension.Hall || string.Equals(named, ReportQueries.AllHalls, StringComparison.OrdinalIgnoreCase);
        if (!reader.IsDistrict)
        {
            return all || (named is not null && named != reader.HallCode)
                ? new ReportScope(reader.HallCode, OwnHallOnly)
                : new ReportScope(reader.HallCode, null);
        }

        // Every hall's lines and counters share letters and numbers: across halls the rows are the halls.
        return all ? new ReportScope(null, null) : new ReportScope(named ?? reader.HallCode, null);
    }
}
