using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Features.Manager;

/// <summary>What is left to read after the manager's view took a batch's figures.</summary>
public enum HallLiveStale
{
    /// <summary>The batch carried all it changed (a counter paused or resumed at the same service, say).</summary>
    Nothing,

    /// <summary>Today's figures (served, waits, ratings) moved: no event carries them.</summary>
    Figures,

    /// <summary>The hall itself changed, or the counters that serve did (the line estimates): read it all again.</summary>
    Everything,
}

/// <summary>How the manager's live view follows the queue events.</summary>
public static class HallLiveEvents
{
    public static HallLive Apply(this HallLive live, IReadOnlyList<QueueEvent> batch) =>
        live with { Snapshot = LiveViews.Apply(live.Snapshot, batch) };

    /// <summary>Judged against the view before <see cref="Apply"/>.</summary>
    public static HallLiveStale Stale(this HallLive live, IReadOnlyList<QueueEvent> batch)
    {
        if (batch.Any(e => e is HallChangedEvent) || LiveViews.ChangesServingCounters(live.Snapshot.Counters, batch))
        {
            return HallLiveStale.Everything;
        }

        return batch.Any(e => e is TicketIssuedEvent or TicketCalledEvent or TicketChangedEvent or EvaluationSubmittedEvent)
            ? HallLiveStale.Figures
            : HallLiveStale.Nothing;
    }
}
