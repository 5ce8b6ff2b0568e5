namespace HallDesk.Domain.Queue;

/// <summary>
/// 叫号智能分流: picks the next ticket for a counter. In order: tickets transferred to this counter;
/// checked-in appointments, by slot; the green channel; then the counter's line priorities, longest
/// wait first. With ageing, a ticket that has waited the threshold ranks with the counter's top line,
/// so a lower line never starves behind a busy one; a counter switched to 仅按优先级 skips ageing.
/// </summary>
public static class CallRouter
{
    public static Ticket? PickNext(Counter counter, IEnumerable<Ticket> waiting, DateTime now, TimeSpan? ageing)
    {
        var lines = counter.ServedLines;
        var useAgeing = ageing is { } a && a > TimeSpan.Zero && !counter.PriorityOnly;
        Ticket? transferred = null, appointment = null, green = null, best = null;
        var bestRank = int.MaxValue;

        foreach (var t in waiting)
        {
            if (t.Status != TicketStatus.Waiting || t.HallCode != counter.HallCode)
            {
                continue;
            }

            if (t.TransferredToCounter is { } target)
            {
                if (target == counter.Number && Earlier(t, transferred))
                {
                    transferred = t;
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
                if (appointment is null || slot < appointment.AppointmentAt || (slot == appointment.AppointmentAt && Earlier(t, appointment)))
                {
                    appointment = t;
                }
            }
            else if (t.GreenChannel)
            {
                if (Earlier(t, green))
                {
                    green = t;
                }
            }
            else
            {
                var rank = useAgeing && now - t.QueuedAt >= ageing!.Value ? 0 : priority;
                if (rank < bestRank || (rank == bestRank && Earlier(t, best)))
                {
                    best = t;
                    bestRank = rank;
                }
            }
        }

        return transferred ?? appointment ?? green ?? best;
    }

    private static bool Earlier(Ticket t, Ticket? than) =>
        than is null || t.QueuedAt < than.QueuedAt || (t.QueuedAt == than.QueuedAt && t.Id < than.Id);

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
