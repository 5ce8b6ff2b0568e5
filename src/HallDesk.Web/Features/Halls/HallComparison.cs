using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Features.Halls;

/// <summary>
/// Orders halls for a citizen choosing where to go (自主选择办理地址). Lines are matched by name, because each
/// hall gives its lines its own letters: 社保医保 may be C in one hall and S in another.
/// </summary>
public static class HallComparison
{
    /// <summary>Every business offered anywhere, by name, in the order the halls list them.</summary>
    public static IReadOnlyList<string> LineNames(IEnumerable<HallSummary> halls) =>
        halls.SelectMany(h => h.Lines).Select(l => l.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// With a business: open halls that do it by estimated wait (then fewer waiting, then hall order), the
    /// first of them marked shortest when at least two compete; then closed halls that do it; then halls that
    /// do not. Without one: the halls' own order (district hall first), closed halls after open ones, none marked.
    /// </summary>
    public static IReadOnlyList<HallOption> Order(IReadOnlyList<HallSummary> halls, string? lineName)
    {
        if (string.IsNullOrEmpty(lineName))
        {
            return halls
                .Select(h => new HallOption(h, null, h.Open ? HallStanding.Open : HallStanding.Closed, false))
                .OrderBy(o => o.Standing)
                .ToList();
        }

        var ordered = halls
            .Select((hall, index) =>
            {
                var line = hall.Lines.FirstOrDefault(l => l.Name == lineName);
                var standing = line is null ? HallStanding.NoSuchLine : hall.Open ? HallStanding.Open : HallStanding.Closed;
                return (Option: new HallOption(hall, line, standing, false), Index: index);
            })
            .OrderBy(x => x.Option.Standing)
            .ThenBy(x => x.Option.Standing == HallStanding.Open ? x.Option.Line!.EstimatedWaitMinutes : 0)
            .ThenBy(x => x.Option.Standing == HallStanding.Open ? x.Option.Line!.Waiting : 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Option)
            .ToList();

        // "Shortest" means something only when there is a choice between open halls.
        if (ordered.Count(o => o.Standing == HallStanding.Open) >= 2)
        {
            ordered[0] = ordered[0] with { Shortest = true };
        }

        return ordered;
    }
}
