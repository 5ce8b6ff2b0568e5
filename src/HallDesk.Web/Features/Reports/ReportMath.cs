using System.Globalization;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Reports;

/// <summary>The report's arithmetic, free of the database: percentiles, means, periods and grouping.</summary>
public static class ReportMath
{
    /// <summary>The key of a row that links to nothing of the dimension (a ticket without a case, a no-show without a counter).</summary>
    public const string Unlinked = "-";

    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="p"/>% of the values at or below it.</summary>
    public static double? Percentile(IEnumerable<double> values, double p)
    {
        if (p is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "0 < p ≤ 100");
        }

        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }

    public static double? Mean(IEnumerable<double> values)
    {
        var count = 0;
        var sum = 0d;
        foreach (var v in values)
        {
            sum += v;
            count++;
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>A share, or none when there is nothing to share.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>The period a day falls in: its first day and its label (2026-12-01, ISO week 2026-W49, 2026-12).</summary>
    public static (DateOnly Start, string Label) PeriodOf(DateOnly day, ReportPeriod period) => period switch
    {
        ReportPeriod.Day => (day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ReportPeriod.Week => (PeriodStart(day, period),
            string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}")),
        ReportPeriod.Month => (PeriodStart(day, period), day.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>The first day of the period a day falls in (Monday for a week).</summary>
    public static DateOnly PeriodStart(DateOnly day, ReportPeriod period) => period switch
    {
        ReportPeriod.Day => day,
        ReportPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ReportPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>Every period that touches the range, in order, including empty ones.</summary>
    public static IReadOnlyList<(DateOnly Start, string Label)> PeriodsIn(DateOnly from, DateOnly to, ReportPeriod period)
    {
        var result = new List<(DateOnly, string)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var p = PeriodOf(day, period);
            if (result.Count == 0 || result[^1].Item1 != p.Start)
            {
                result.Add(p);
            }
        }

        return result;
    }

    /// <summary>The figures of a set of facts, counting each measure only on days inside the range.</summary>
    public static ReportFigures Figures(IEnumerable<TicketFact> tickets, IEnumerable<CaseFact> cases, IEnumerable<EvaluationFact> evaluations) =>
        Sum([.. tickets.Select(TicketCell.Of)], cases, evaluations);

    /// <summary>The figures of summed tickets, cases and ratings: counts and sums add up, the percentile is taken over every wait.</summary>
    public static ReportFigures Sum(IReadOnlyCollection<TicketCell> tickets, IEnumerable<CaseFact> cases, IEnumerable<EvaluationFact> evaluations)
    {
        int issued = 0, served = 0, noShows = 0, assisted = 0, waitCount = 0, serviceCount = 0;
        double waitSum = 0, serviceSum = 0;
        foreach (var t in tickets)
        {
            (issued, served, noShows, assisted) = (issued + t.Issued, served + t.Served, noShows + t.NoShows, assisted + t.Assisted);
            (waitSum, waitCount, serviceSum, serviceCount) = (waitSum + t.WaitSum, waitCount + t.Waits.Length, serviceSum + t.ServiceSum, serviceCount + t.ServiceCount);
        }

        var waits = new double[waitCount];
        var at = 0;
        foreach (var t in tickets)
        {
            t.Waits.CopyTo(waits, at);
            at += t.Waits.Length;
        }

        var c = cases.ToList();
        var e = evaluations.ToList();
        var accepted = c.Where(x => x.AcceptedOn is not null).ToList();
        var rating = e.Count == 0 ? null : (double?)SatisfactionFigures.Of(e.Select(x => x.Level).ToList(), e.Count(x => x.IsDefault), []).SatisfactionRate;
        return new ReportFigures(
            issued,
            served,
            noShows,
            assisted,
            waitCount == 0 ? null : waitSum / waitCount,
            NearestRank(waits, 90),
            serviceCount == 0 ? null : serviceSum / serviceCount,
            accepted.Count,
            c.Count(x => x.ConcludedOn is not null),
            accepted.Count(x => x.Overdue),
            Rate(accepted.Count(x => x.OneVisit), accepted.Count),
            e.Count,
            rating);
    }

    /// <summary>
    /// <see cref="Percentile"/> without sorting: the value of that rank is selected in place (the array is reordered),
    /// so a month of waits costs one pass or two, not a sort per row, period and total.
    /// </summary>
    public static double? NearestRank(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return null;
        }

        var rank = Math.Max((int)Math.Ceiling(p / 100 * values.Length), 1) - 1;
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[left + ((right - left) / 2)];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                right = j;
            }
            else if (rank >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[rank];
    }

    /// <summary>Rows by key (ordered by key), rows by period and the total of a range.</summary>
    public static (IReadOnlyList<ReportRow> Rows, IReadOnlyList<ReportPeriodRow> Periods, ReportFigures Total) Group(
        ReportFacts facts, DateOnly from, DateOnly to, ReportPeriod period) =>
        Group(ReportCells.Of(facts), from, to, period);

    /// <summary>Rows by key (ordered by key), rows by period and the total of a range, from tickets summed by key and day.</summary>
    public static (IReadOnlyList<ReportRow> Rows, IReadOnlyList<ReportPeriodRow> Periods, ReportFigures Total) Group(
        ReportCells facts, DateOnly from, DateOnly to, ReportPeriod period)
    {
        bool In(DateOnly? d) => d is { } x && x >= from && x <= to;
        var tickets = facts.Tickets.Where(x => In(x.Day)).ToList();
        var cases = facts.Cases
            .Select(x => x with { AcceptedOn = In(x.AcceptedOn) ? x.AcceptedOn : null, ConcludedOn = In(x.ConcludedOn) ? x.ConcludedOn : null })
            .Where(x => x.AcceptedOn is not null || x.ConcludedOn is not null)
            .ToList();
        var evaluations = facts.Evaluations.Where(x => In(x.Day)).ToList();

        var ticketsByKey = tickets.ToLookup(x => x.Key);
        var casesByKey = cases.ToLookup(x => x.Key);
        var evaluationsByKey = evaluations.ToLookup(x => x.Key);
        var keys = ticketsByKey.Select(g => g.Key).Concat(casesByKey.Select(g => g.Key)).Concat(evaluationsByKey.Select(g => g.Key))
            .Distinct().Order(KeyOrder.Instance).ToList();
        var rows = keys.Select(k => new ReportRow(k, facts.Labels.GetValueOrDefault(k, k),
            Sum([.. ticketsByKey[k]], casesByKey[k], evaluationsByKey[k]))).ToList();

        DateOnly? Start(DateOnly? d) => d is { } x ? PeriodStart(x, period) : null;
        var ticketsByPeriod = tickets.ToLookup(x => PeriodStart(x.Day, period));
        var acceptedByPeriod = cases.Where(x => x.AcceptedOn is not null).ToLookup(x => Start(x.AcceptedOn)!.Value);
        var concludedByPeriod = cases.Where(x => x.ConcludedOn is not null).ToLookup(x => Start(x.ConcludedOn)!.Value);
        var evaluationsByPeriod = evaluations.ToLookup(x => PeriodStart(x.Day, period));
        var periods = PeriodsIn(from, to, period).Select(p => new ReportPeriodRow(p.Start, p.Label, Sum(
            [.. ticketsByPeriod[p.Start]],
            acceptedByPeriod[p.Start].Select(x => x with { ConcludedOn = null })
                .Concat(concludedByPeriod[p.Start].Select(x => x with { AcceptedOn = null })),
            evaluationsByPeriod[p.Start]))).ToList();

        return (rows, periods, Sum(tickets, cases, evaluations));
    }

    /// <summary>The rows by key within each period, periods in order, empty keys left out.</summary>
    public static IReadOnlyList<ReportCrossRow> Cross(ReportFacts facts, DateOnly from, DateOnly to, ReportPeriod period) =>
        Cross(ReportCells.Of(facts), from, to, period);

    /// <summary>The rows by key within each period, periods in order, empty keys left out.</summary>
    public static IReadOnlyList<ReportCrossRow> Cross(ReportCells facts, DateOnly from, DateOnly to, ReportPeriod period) =>
        PeriodsIn(from, to, period).SelectMany(p =>
        {
            var next = period switch
            {
                ReportPeriod.Day => p.Start.AddDays(1),
                ReportPeriod.Week => p.Start.AddDays(7),
                _ => p.Start.AddMonths(1),
            };
            var first = p.Start < from ? from : p.Start;
            var last = next.AddDays(-1) > to ? to : next.AddDays(-1);
            return Group(facts, first, last, period).Rows.Select(r => new ReportCrossRow(p.Label, r));
        }).ToList();

    /// <summary>Numbers in numeric order (counter 2 before 10), the unlinked row last.</summary>
    private sealed class KeyOrder : IComparer<string>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x == y)
            {
                return 0;
            }

            if (x == Unlinked || y == Unlinked)
            {
                return x == Unlinked ? 1 : -1;
            }

            return int.TryParse(x, out var a) && int.TryParse(y, out var b) ? a.CompareTo(b) : string.CompareOrdinal(x, y);
        }
    }
}
