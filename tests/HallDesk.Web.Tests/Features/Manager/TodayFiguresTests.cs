using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;

namespace HallDesk.Web.Tests.Features.Manager;

public sealed class TodayFiguresTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private static DateTime At(int minutes) => T0.AddMinutes(minutes);

    /// <summary>
    /// Seven tickets, checked by hand. Waits (issued → called): 10, 20, 30, 40, 5 → mean 21, p90 by nearest rank
    /// = the 5th of 5 sorted = 40. Services of the done ones: 12→22 = 10, called 20→35 (no start) = 15, 6→26 = 20 → mean 15.
    /// </summary>
    private static readonly TicketTimes[] Tickets =
    [
        new(TicketStatus.Done, At(0), At(10), At(12), At(22)),
        new(TicketStatus.Done, At(0), At(20), null, At(35)),
        new(TicketStatus.NoShow, At(5), At(35), null, At(40)),
        new(TicketStatus.Serving, At(10), At(50), At(51), null),
        new(TicketStatus.Waiting, At(60), null, null, null),
        new(TicketStatus.Done, At(0), At(5), At(6), At(26)),
        new(TicketStatus.Cancelled, At(1), null, null, At(3)),
    ];

    [Fact]
    public void Of_KnownTickets_CountsByStatus()
    {
        var figures = TodayFigures.Of(Tickets, [], 4, 1);

        Assert.Equal(7, figures.Issued);
        Assert.Equal(3, figures.Served);
        Assert.Equal(1, figures.NoShows);
        Assert.Equal(1, figures.Waiting);
        Assert.Equal(4, figures.CasesAccepted);
        Assert.Equal(1, figures.CasesAtRed);
    }

    [Fact]
    public void Of_KnownTickets_MeanAndP90WaitOfCalledTickets()
    {
        var figures = TodayFigures.Of(Tickets, [], 0, 0);

        Assert.Equal(21, figures.MeanWaitMinutes!.Value, 6);
        Assert.Equal(40, figures.P90WaitMinutes!.Value, 6);
    }

    [Fact]
    public void Of_KnownTickets_MeanServiceOfDoneTickets_FromStartOrElseCall()
    {
        var figures = TodayFigures.Of(Tickets, [], 0, 0);

        Assert.Equal(15, figures.MeanServiceMinutes!.Value, 6);
    }

    [Fact]
    public void Of_TenWaits_P90IsTheNinthSmallest()
    {
        var tickets = Enumerable.Range(1, 10).Select(m => new TicketTimes(TicketStatus.Done, T0, At(m), At(m), At(m + 1))).ToList();

        var figures = TodayFigures.Of(tickets, [], 0, 0);

        Assert.Equal(9, figures.P90WaitMinutes!.Value, 6);
        Assert.Equal(5.5, figures.MeanWaitMinutes!.Value, 6);
        Assert.Equal(1, figures.MeanServiceMinutes!.Value, 6);
    }

    [Fact]
    public void Of_Evaluations_SatisfactionIsVerySatisfiedAndSatisfiedOverAll()
    {
        EvaluationLevel[] levels = [EvaluationLevel.VerySatisfied, EvaluationLevel.Satisfied, EvaluationLevel.Basic, EvaluationLevel.Dissatisfied, EvaluationLevel.Satisfied];

        var figures = TodayFigures.Of(Tickets, levels, 0, 0);

        Assert.Equal(5, figures.Evaluations);
        Assert.Equal(0.6, figures.Satisfaction!.Value, 6);
    }

    [Fact]
    public void Of_NothingMeasured_DurationsAndSatisfactionAreNull()
    {
        var figures = TodayFigures.Of([new TicketTimes(TicketStatus.Waiting, T0, null, null, null)], [], 0, 0);

        Assert.Equal(1, figures.Waiting);
        Assert.Null(figures.MeanWaitMinutes);
        Assert.Null(figures.P90WaitMinutes);
        Assert.Null(figures.MeanServiceMinutes);
        Assert.Null(figures.Satisfaction);
    }
}
