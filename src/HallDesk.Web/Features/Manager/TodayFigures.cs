using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Manager;

/// <summary>The times of one of today's tickets, as the dashboard's figures need them.</summary>
public sealed record TicketTimes(
    TicketStatus Status, DateTime IssuedAt, DateTime? CalledAt, DateTime? ServiceStartedAt, DateTime? FinishedAt, bool Assisted = false, bool Appointment = false);

/// <summary>
/// Today's figures of a hall (its local day). Durations are in minutes and null when nothing was measured;
/// satisfaction is (非常满意 + 满意) / all evaluations given today, null when none was given; Assisted counts the
/// finished services marked 帮办, Appointments the tickets issued by an appointment check-in.
/// </summary>
public sealed record TodayFigures(
    int Issued,
    int Served,
    int NoShows,
    int Waiting,
    double? MeanWaitMinutes,
    double? P90WaitMinutes,
    double? MeanServiceMinutes,
    int Evaluations,
    double? Satisfaction,
    int CasesAccepted,
    int CasesAtRed,
    int Assisted = 0,
    int Appointments = 0)
{
    public static readonly TodayFigures Empty = new(0, 0, 0, 0, null, null, null, 0, null, 0, 0);

    /// <summary>
    /// Wait = IssuedAt → CalledAt of every ticket called today (a recall moves CalledAt, so the wait runs to the last call);
    /// service = ServiceStartedAt (else CalledAt) → FinishedAt of the done tickets; the 90th percentile is by nearest rank.
    /// </summary>
    public static TodayFigures Of(IReadOnlyCollection<TicketTimes> tickets, IReadOnlyCollection<EvaluationLevel> evaluations, int casesAccepted, int casesAtRed)
    {
        var waits = tickets
            .Where(t => t.CalledAt is not null)
            .Select(t => Math.Max(0, (t.CalledAt!.Value - t.IssuedAt).TotalMinutes))
            .Order()
            .ToList();
        var services = tickets
            .Where(t => t.Status == TicketStatus.Done && t.FinishedAt is not null && (t.ServiceStartedAt ?? t.CalledAt) is not null)
            .Select(t => Math.Max(0, (t.FinishedAt!.Value - (t.ServiceStartedAt ?? t.CalledAt)!.Value).TotalMinutes))
            .ToList();
        var satisfaction = SatisfactionFigures.Of(evaluations, 0, []);

        return new TodayFigures(
            tickets.Count,
            tickets.Count(t => t.Status == TicketStatus.Done),
            tickets.Count(t => t.Status == TicketStatus.NoShow),
            tickets.Count(t => t.Status == TicketStatus.Waiting),
            waits.Count == 0 ? null : waits.Average(),
            NearestRank(waits, 0.9),
            services.Count == 0 ? null : services.Average(),
            evaluations.Count,
            evaluations.Count == 0 ? null : satisfaction.SatisfactionRate,
            casesAccepted,
            casesAtRed,
            tickets.Count(t => t.Status == TicketStatus.Done && t.Assisted),
            tickets.Count(t => t.Appointment));
    }

    /// <summary>The smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double? NearestRank(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
