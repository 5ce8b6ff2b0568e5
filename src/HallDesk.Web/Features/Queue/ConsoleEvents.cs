using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Features.Queue;

/// <summary>How a clerk's console follows the events of the hall's other counters.</summary>
public static class ConsoleEvents
{
    /// <summary>The batch's line figures and counters, and this clerk's own counter among them.</summary>
    public static ConsoleState Apply(this ConsoleState state, IReadOnlyList<QueueEvent> batch)
    {
        var counters = LiveViews.WithCounters(state.Counters, batch);
        return state with
        {
            Lines = LiveViews.LatestLines(batch) ?? state.Lines,
            Counters = counters,
            MyCounter = state.MyCounter is { } mine ? counters.FirstOrDefault(c => c.Number == mine.Number) ?? mine : null,
        };
    }

    /// <summary>
    /// Whether the batch touches what no event carries: this clerk's own counter and ticket (changed from another tab or
    /// by a manager), the no-show list of the lines it serves, the line estimates, or the hall itself. Judged against the
    /// state before <see cref="Apply"/>. Another counter's call or finish needs no read: most events need none.
    /// </summary>
    public static bool NeedsReload(this ConsoleState state, IReadOnlyList<QueueEvent> batch)
    {
        var mine = state.MyCounter?.Number;
        return LiveViews.ChangesServingCounters(state.Counters, batch) || batch.Any(e => e switch
        {
            HallChangedEvent => true,
            CounterChangedEvent changed => changed.Counter.Number == mine
                ? changed.Counter.CurrentTicket != state.Current?.Number
                : changed.Counter.ClerkStaffNumber == state.Clerk.StaffNumber,
            TicketCalledEvent called => called.Counter == mine,
            TicketChangedEvent changed => mine is not null
                && (changed.Counter == mine || changed.Status is nameof(TicketStatus.NoShow) or nameof(TicketStatus.Waiting)),
            _ => false,
        });
    }
}
