namespace HallDesk.Domain.Queue;

public enum CounterKind
{
    /// <summary>综合窗口: accepts everything.</summary>
    Comprehensive = 0,
    /// <summary>专业窗口.</summary>
    Specialist = 1,
    /// <summary>帮办代办窗口.</summary>
    Assistance = 2,
    /// <summary>出件窗口.</summary>
    Output = 3,
}
