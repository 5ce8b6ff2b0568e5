namespace HallDesk.Domain.Queue;

public static class QueuePlacement
{
    /// <summary>
    /// The queue time that puts a rejoining ticket right behind the first <paramref name="behind"/>
    /// people of its line (the line's waiting queue times, in any order); at the end when fewer wait.
    /// </summary>
    public static DateTime Behind(IEnumerable<DateTime> waitingQueuedAt, int behind, DateTime now)
    {
        var ordered = waitingQueuedAt.Order().ToList();
        if (ordered.Count <= behind)
        {
            return now;
        }

        if (behind == 0)
        {
            return ordered[0].AddTicks(-1);
        }

        var before = ordered[behind - 1];
        var after = ordered[behind];
        return before.AddTicks(Math.Max(1, (after - before).Ticks / 2));
    }

    /// <summary>How many waiting tickets of the line come before one queued at <paramref name="queuedAt"/>.</summary>
    public static int Ahead(IEnumerable<DateTime> waitingQueuedAt, DateTime queuedAt) =>
        waitingQueuedAt.Count(q => q < queuedAt);
}
