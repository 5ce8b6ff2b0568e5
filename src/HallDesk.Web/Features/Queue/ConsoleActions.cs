using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// The console's actions as the clerk sees them: which function key runs which action, whether it can run now
/// (a button and its key ask the same question), and where the keyboard focus goes once a step is done.
/// </summary>
public static class ConsoleActions
{
    /// <summary>The keys printed on the buttons; Esc closes an open form and is the one key heard inside a field.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByKey = new Dictionary<string, string>
    {
        ["F2"] = "call",
        ["F3"] = "recall",
        ["F4"] = "start",
        ["F6"] = "noshow",
        ["F7"] = "park",
        ["F8"] = "transfer",
        ["F9"] = "finish",
        ["F10"] = "pause",
        ["Escape"] = "cancel",
    };

    public static bool CanRun(ConsoleState state, string action)
    {
        var ticket = state.Current;
        var paused = state.MyCounter?.State == "Paused";
        return action switch
        {
            "call" or "callgiven" or "pause" => ticket is null && !paused,
            "recall" or "start" => ticket?.Status == TicketStatus.Called,
            "noshow" => ticket?.Status == TicketStatus.Called && ticket.CallCount >= state.Clerk.NoShowAfterCalls,
            "park" or "transfer" or "finish" => ticket is not null,
            "close" => ticket is null,
            "resume" => paused,
            _ => true,
        };
    }

    /// <summary>The test id of the control the clerk most likely needs next: the form's field, else the next step's button.</summary>
    public static string FocusAfter(ConsoleState state, string? form)
    {
        if (form == "pause")
        {
            return "pause-reason";
        }

        if (form == "callgiven")
        {
            return "callgiven-number";
        }

        if (form == "transfer")
        {
            return "transfer-target";
        }

        if (state.MyCounter is null)
        {
            return "open-counter";
        }

        if (state.MyCounter.State == "Paused")
        {
            return "resume-counter";
        }

        return state.Current?.Status switch
        {
            null => "call-next",
            TicketStatus.Called => "start-service",
            _ => "finish-service",
        };
    }
}
