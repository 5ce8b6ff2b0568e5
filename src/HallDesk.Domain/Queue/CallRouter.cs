namespace HallDesk.Domain.Queue;

/// <summary>
/// Picks the next ticket for a counter: tickets transferred to this counter first, then the green
/// channel of any line it serves, then the longest wait of its highest-priority line that has anyone waiting.
/// </summary>
public static class CallRouter
{
    public static Ticket? PickNext(Counter counter, IEnumerable<Ticket> waiting)
    {
        var lines = counter.ServedLines;
        var candidates = waiting
            .Where(t => t.Status == TicketStatus.Waiting && t.HallCode == counter.HallCode)
            .ToList();

        var transferredHere = candidates
            .Where(t => t.TransferredToCounter == counter.Number)
            .OrderBy(t => t.QueuedAt).ThenBy(t => t.Id)
            .FirstOrDefault();
        if (transferredHere is not null)
        {
            return transferredHere;
        }

        var open = candidates
            .Where(t => t.TransferredToCounter is null && lines.Contains(t.LineCode))
            .ToList();

        var green = open
            .Where(t => t.GreenChannel)
            .OrderBy(t => t.QueuedAt).ThenBy(t => t.Id)
            .FirstOrDefault();
        if (green is not null)
        {
            return green;
        }

        foreach (var line in lines)
        {
            var next = open
                .Where(t => t.LineCode == line)
                .OrderBy(t => t.QueuedAt).ThenBy(t => t.Id)
                .FirstOrDefault();
            if (next is not null)
            {
                return next;
            }
        }

        return null;
    }
}
