using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// What a batch of queue events carries, applied to the views a screen already holds, so that the screen redraws
/// from the event instead of asking the database again.
/// </summary>
public static class LiveViews
{
    public const int RecentCallsShown = 8;

    /// <summary>The hall's line figures as of the batch's last ticket event; null when no event of the batch carries them.</summary>
    public static IReadOnlyList<LineView>? LatestLines(IReadOnlyList<QueueEvent> batch)
    {
        for (var i = batch.Count - 1; i >= 0; i--)
        {
            var lines = batch[i] switch
            {
                TicketIssuedEvent e => e.Lines,
                TicketCalledEvent e => e.Lines,
                TicketChangedEvent e => e.Lines,
                _ => null,
            };
            if (lines is { Count: > 0 })
            {
                return lines;
            }
        }

        return null;
    }

    /// <summary>The counters with each one the batch changed replaced (or added, in number order).</summary>
    public static IReadOnlyList<CounterView> WithCounters(IReadOnlyList<CounterView> counters, IReadOnlyList<QueueEvent> batch)
    {
        var changed = batch.OfType<CounterChangedEvent>().Select(e => e.Counter).ToList();
        if (changed.Count == 0)
        {
            return counters;
        }

        var byNumber = counters.ToDictionary(c => c.Number);
        foreach (var counter in changed)
        {
            byNumber[counter.Number] = counter;
        }

        return byNumber.Values.OrderBy(c => c.Number).ToList();
    }

    /// <summary>
    /// Whether the batch opens, closes or pauses a counter (or adds one): the line estimates depend on how many counters
    /// serve, and a counter event does not carry them, so a screen that shows estimates reads them again.
    /// </summary>
    public static bool ChangesServingCounters(IReadOnlyList<CounterView> counters, IReadOnlyList<QueueEvent> batch) =>
        batch.OfType<CounterChangedEvent>().Any(e =>
            counters.FirstOrDefault(c => c.Number == e.Counter.Number) is not { } before
            || Serves(before) != Serves(e.Counter)
            || !before.Lines.SequenceEqual(e.Counter.Lines));

    /// <summary>The board snapshot with the batch's lines, counters and calls.</summary>
    public static BoardSnapshot Apply(BoardSnapshot snapshot, IReadOnlyList<QueueEvent> batch)
    {
        var calls = snapshot.RecentCalls;
        foreach (var called in batch.OfType<TicketCalledEvent>())
        {
            // A recall moves the ticket to the top, as the snapshot's query orders by the last call.
            calls = [new CallView(called.Number, called.Line, called.Counter, called.CalledAt, called.CallCount, called.Appointment),
                .. calls.Where(c => c.Number != called.Number).Take(RecentCallsShown - 1)];
        }

        return snapshot with
        {
            Lines = LatestLines(batch) ?? snapshot.Lines,
            Counters = WithCounters(snapshot.Counters, batch),
            RecentCalls = calls,
        };
    }

    private static bool Serves(CounterView c) => c.State is nameof(CounterState.Open) or nameof(CounterState.Serving);
}
