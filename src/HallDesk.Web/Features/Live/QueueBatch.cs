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

    /// <summary>
    /// The line figures of an event written in a hall's batch whose figures its writer fills in once, after the batch's
    /// last write (a clerk's action): one read for the whole commit instead of one per write. Told apart by reference,
    /// never by content: a hall with no lines has an empty list of its own.
    /// </summary>
    public static IReadOnlyList<LineView> AfterTheBatch { get; } = new List<LineView>(0).AsReadOnly();

    /// <summary>Whether some event of the commit waits for the batch's line figures.</summary>
    public static bool WaitsForLines(IEnumerable<QueueEvent> commit) => commit.Any(e => ReferenceEquals(LinesOf(e), AfterTheBatch));

    /// <summary>The event with the hall's figures after the commit, when it carries figures at all.</summary>
    public static QueueEvent WithLines(QueueEvent e, IReadOnlyList<LineView> lines) => e switch
    {
        TicketIssuedEvent issued => issued with { Lines = lines },
        TicketCalledEvent called => called with { Lines = lines },
        TicketChangedEvent changed => changed with { Lines = lines },
        _ => e,
    };

    public static IReadOnlyList<LineView>? LinesOf(QueueEvent e) => e switch
    {
        TicketIssuedEvent issued => issued.Lines,
        TicketCalledEvent called => called.Lines,
        TicketChangedEvent changed => changed.Lines,
        _ => null,
    };
}
