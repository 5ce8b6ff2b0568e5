namespace HallDesk.Web.Features.Live;

/// <summary>
/// What the hub sends a hall's screens for one commit: its events in commit order, in one message. The line figures
/// after the commit travel once, here; on the hub's wire the events themselves leave them out
/// (<see cref="LiveServices.LeaveLinesToTheBatch"/>), since every event of a commit would repeat the same figures.
/// </summary>
/// <param name="Lines">The hall's lines after the commit (those of its last event that carries any); null when no event
/// of the commit changes them (a counter paused, the hall's settings changed).</param>
public sealed record QueueBatch(IReadOnlyList<QueueEvent> Events, IReadOnlyList<LineView>? Lines)
{
    /// <summary>The events of one hall's commit that screens outside Blazor hear; null when there is none.</summary>
    public static QueueBatch? Of(IEnumerable<QueueEvent> commit)
    {
        var events = commit.Where(e => e is not EvaluationSubmittedEvent).ToList();
        return events.Count == 0 ? null : new QueueBatch(events, events.Select(LinesOf).LastOrDefault(l => l is not null));
    }

    public static IReadOnlyList<LineView>? LinesOf(QueueEvent e) => e switch
    {
        TicketIssuedEvent issued => issued.Lines,
        TicketCalledEvent called => called.Lines,
        TicketChangedEvent changed => changed.Lines,
        _ => null,
    };
}
