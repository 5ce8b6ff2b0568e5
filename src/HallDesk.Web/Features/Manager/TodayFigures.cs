using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Features.Manager;

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
    /// service = ServiceStartedAt (else CalledAt) → FinishedAt of the done tickets; the 90th percentile is by nearest rank
    /// (<see cref="TicketTimes"/>, <see cref="DayTicketTotals"/>).
    /// </summary>
    public static TodayFigures Of(IReadOnlyCollection<TicketTimes> tickets, IReadOnlyCollection<EvaluationLevel> evaluations, int casesAccepted, int casesAtRed) =>
        Of(DayTicketFigures.Of(tickets), evaluations, casesAccepted, casesAtRed);

    public static TodayFigures Of(DayTicketFigures tickets, IReadOnlyCollection<EvaluationLevel> evaluations, int casesAccepted, int casesAtRed)
    {
        var satisfaction = SatisfactionFigures.Of(evaluations, 0, []);
        return new TodayFigures(
            tickets.Issued,
            tickets.Served,
            tickets.NoShows,
            tickets.Waiting,
            tickets.MeanWaitMinutes,
            tickets.P90WaitMinutes,
            tickets.MeanServiceMinutes,
            evaluations.Count,
            evaluations.Count == 0 ? null : satisfaction.SatisfactionRate,
            casesAccepted,
            casesAtRed,
            tickets.Assisted,
            tickets.Appointments);
    }
}
