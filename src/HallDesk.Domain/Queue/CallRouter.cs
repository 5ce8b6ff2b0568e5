namespace HallDesk.Domain.Queue;

/// <summary>
/// 叫号智能分流: picks the next ticket for a counter. In order: tickets transferred to this counter;
/// checked-in appointments, by slot; the green channel; then the counter's line priorities, longest
/// wait first. With ageing, a ticket that has waited the threshold ranks with the counter's top line,
/// so a lower line never starves behind a busy one; a counter switched to 仅按优先级 skips ageing.
/// </summary>
public static class CallRouter
{
    public static Ticket? PickNext(Counter counter, IEnumerable<Ticket> waiting, DateTime now, TimeSpan? ageing) =>
        TryPick(counter, waiting, QueuedTicket.Of, now, ageing, out var picked) ? picked : null;

    /// <summary>The same choice over the few columns it reads: what a call reads of the waiting tickets, not whole rows.</summary>
    public static QueuedTicket? PickNext(Counter counter, IEnumerable<QueuedTicket> waiting, DateTime now, TimeSpan? ageing) =>
        TryPick(counter, waiting, t => t, now, ageing, out var picked) ? picked : null;

    private static bool TryPick<T>(Counter counter, IEnumerable<T> waiting, Func<T, QueuedTicket> read, DateTime now, TimeSpan? ageing, out T picked)
    {
        var lines = counter.ServedLines;
        var useAgeing = ageing is { } a && a > TimeSpan.Zero && !counter.PriorityOnly;
        QueuedTicket? transferred = null, appointment = null, green = null, best = null;
        T? transferredItem = default, appointmentItem = default, greenItem = default, bestItem = default;
        var bestRank = int.MaxValue;

        foreach (var item in waiting)
        {
            var t = read(item);
            if (t.Status != TicketStatus.Waiting || t.HallCode != counter.HallCode)
            {
                continue;
            }

            if (t.TransferredToCounter is { } target)
            {
                if (target == counter.Number && Earlier(t, transferred))
                {
                    (transferred, transferredItem) = (t, item);
                }

                continue;
            }

            var priority = IndexOf(lines, t.LineCode);
            if (priority < 0)
            {
                continue;
            }

            if (t.AppointmentAt is { } slot)
            {
                if (appointment is not { } held || slot < held.AppointmentAt || (slot == held.AppointmentAt && Earlier(t, held)))
                {
                    (appointment, appointmentItem) = (t, item);
                }
            }
            else if (t.GreenChannel)
            {
                if (Earlier(t, green))
                {
                    (green, greenItem) = (t, item);
                }
            }
            else
            {
                var rank = useAgeing && now - t.QueuedAt >= ageing!.Value ? 0 : priority;
                if (rank < bestRank || (rank == bestRank && Earlier(t, best)))
                {
                    (best, bestItem) = (t, item);
                    bestRank = rank;
                }
            }
        }

        picked = transferred is not null ? transferredItem!
            : appointment is not null ? appointmentItem!
            : green is not null ? greenItem!
            : bestItem!;
        return (transferred ?? appointment ?? green ?? best) is not null;
    }

    private static bool Earlier(QueuedTicket t, QueuedTicket? than) =>
        than is not { } other || t.QueuedAt < other.QueuedAt || (t.QueuedAt == other.QueuedAt && t.Id < other.Id);

    private static int IndexOf(IReadOnlyList<string> lines, string line)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == line)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What the router compares of a waiting ticket.</summary>
public readonly record struct QueuedTicket(
    long Id, string HallCode, TicketStatus Status, string LineCode, DateTime QueuedAt, DateTime? AppointmentAt, bool GreenChannel, int? TransferredToCounter)
{
    public static QueuedTicket Of(Ticket t) =>
        new(t.Id, t.HallCode, t.Status, t.LineCode, t.QueuedAt, t.AppointmentAt, t.GreenChannel, t.TransferredToCounter);
}
