using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Reports;

/// <summary>How the report's chart and export group days.</summary>
public enum ReportPeriod
{
    Day,
    Week,
    Month,
}

/// <summary>What the report's rows are.</summary>
public enum ReportDimension
{
    Line,
    Counter,
    Clerk,
    Department,
    Item,

    /// <summary>Halls side by side: district roles only, over every hall.</summary>
    Hall,
}

/// <summary>One ticket as the report needs it, already keyed by the chosen dimension.</summary>
public sealed record TicketFact(DateOnly Day, string Key, TicketStatus Status, double? WaitSeconds, double? ServiceSeconds, bool Assisted = false);

/// <summary>
/// The tickets of one key on one day as the database summed them: counts, the sums behind the means, and the waits
/// themselves, which the 90th percentile needs.
/// </summary>
public sealed record TicketCell(DateOnly Day, string Key, int Issued, int Served, int NoShows, int Assisted, double WaitSum, double[] Waits, double ServiceSum, int ServiceCount)
{
    /// <summary>One ticket as a cell of its own.</summary>
    public static TicketCell Of(TicketFact t)
    {
        var done = t.Status == TicketStatus.Done;
        var service = done ? t.ServiceSeconds : null;
        return new TicketCell(t.Day, t.Key, 1, done ? 1 : 0, t.Status == TicketStatus.NoShow ? 1 : 0, done && t.Assisted ? 1 : 0,
            t.WaitSeconds ?? 0, t.WaitSeconds is { } wait ? [wait] : [], service ?? 0, service is null ? 0 : 1);
    }
}

/// <summary>One case (or one department's part of it), keyed; each measure counts on its own day.</summary>
public sealed record CaseFact(DateOnly? AcceptedOn, DateOnly? ConcludedOn, string Key, bool Overdue, bool OneVisit);

public sealed record EvaluationFact(DateOnly Day, string Key, EvaluationLevel Level, bool IsDefault);

/// <summary>The figures of one row: a key of the dimension, a period, or the whole range.</summary>
public sealed record ReportFigures(
    int Issued,
    int Served,
    int NoShows,
    int Assisted,
    double? MeanWaitSeconds,
    double? P90WaitSeconds,
    double? MeanServiceSeconds,
    int Accepted,
    int Concluded,
    int Overdue,
    double? OneVisitRate,
    int Evaluations,
    double? SatisfactionRate);

public sealed record ReportRow(string Key, string Label, ReportFigures Figures);

/// <summary>One key's figures within one period (the export's rows).</summary>
public sealed record ReportCrossRow(string Period, ReportRow Row);

public sealed record ReportPeriodRow(DateOnly Start, string Label, ReportFigures Figures);

/// <summary>A hall's report for a range of local days.</summary>
public sealed record HallReport(
    string HallCode,
    string HallName,
    DateOnly From,
    DateOnly To,
    ReportPeriod Period,
    ReportDimension By,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<ReportPeriodRow> Periods,
    ReportFigures Total);

/// <summary>The facts behind a report, before grouping.</summary>
public sealed record ReportFacts(
    IReadOnlyList<TicketFact> Tickets,
    IReadOnlyList<CaseFact> Cases,
    IReadOnlyList<EvaluationFact> Evaluations,
    IReadOnlyDictionary<string, string> Labels);

/// <summary>The facts behind a report with the tickets already summed by key and day.</summary>
public sealed record ReportCells(
    IReadOnlyList<TicketCell> Tickets,
    IReadOnlyList<CaseFact> Cases,
    IReadOnlyList<EvaluationFact> Evaluations,
    IReadOnlyDictionary<string, string> Labels)
{
    public static ReportCells Of(ReportFacts facts) =>
        new([.. facts.Tickets.Select(TicketCell.Of)], facts.Cases, facts.Evaluations, facts.Labels);
}
