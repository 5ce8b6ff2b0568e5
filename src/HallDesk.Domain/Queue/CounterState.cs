namespace HallDesk.Domain.Queue;

public enum CounterState
{
    Closed = 0,
    /// <summary>Open and free: the clerk can call the next ticket.</summary>
    Open = 1,
    /// <summary>Open with a called or served ticket at the window.</summary>
    Serving = 2,
    Paused = 3,
}
