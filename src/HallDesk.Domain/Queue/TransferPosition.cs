namespace HallDesk.Domain.Queue;

/// <summary>Where a transferred ticket waits: 排在队首, 排在队尾, or 按原取号时间.</summary>
public enum TransferPosition
{
    /// <summary>排在队首: called next where it goes.</summary>
    Head,

    /// <summary>排在队尾: behind everyone waiting there now.</summary>
    Tail,

    /// <summary>按原取号时间: among the others by the time its number was issued.</summary>
    ByIssueTime,
}
