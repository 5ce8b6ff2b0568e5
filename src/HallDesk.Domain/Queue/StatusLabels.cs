namespace HallDesk.Domain.Queue;

/// <summary>The Chinese words for states, used in domain messages (UI labels come from resources).</summary>
public static class StatusLabels
{
    public static string Of(TicketStatus status) => status switch
    {
        TicketStatus.Waiting => "等候中",
        TicketStatus.Called => "已叫号",
        TicketStatus.Serving => "办理中",
        TicketStatus.Done => "已办结",
        TicketStatus.NoShow => "已过号",
        TicketStatus.Parked => "已挂起",
        TicketStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    public static string Of(CounterState state) => state switch
    {
        CounterState.Closed => "关闭",
        CounterState.Open => "空闲",
        CounterState.Serving => "服务中",
        CounterState.Paused => "暂停服务",
        _ => state.ToString(),
    };
}
