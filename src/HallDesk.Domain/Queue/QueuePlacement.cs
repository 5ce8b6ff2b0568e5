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

    /// <summary>
    /// The queue time of a transferred ticket: 排在队首 just before the earliest of the tickets waiting where it goes
    /// (<paramref name="earliestWaiting"/>, null when nobody waits there), 排在队尾 now, 按原取号时间 its issue time.
    /// </summary>
    public static DateTime ForTransfer(TransferPosition position, DateTime? earliestWaiting, DateTime issuedAt, DateTime now) => position switch
    {
        TransferPosition.Head => earliestWaiting is { } first && first <= now ? first.AddTicks(-1) : now,
        TransferPosition.Tail => now,
        TransferPosition.ByIssueTime => issuedAt,
        _ => throw new DomainException("Transfer.PositionInvalid"),
    };
}
