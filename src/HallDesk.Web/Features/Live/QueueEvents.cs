using System.Text.Json.Serialization;

namespace HallDesk.Web.Features.Live;

/// <summary>A line as the public sees it: no personal data, only counts and minutes.</summary>
public sealed record LineView(string Code, string Name, int Waiting, int EstimatedWaitMinutes, int LongestWaitMinutes);

/// <param name="Appointment">The booked slot (HH:mm, hall time) of a checked-in appointment, so the hall sees why it goes first;
/// a slot time only, never who booked it.</param>
public sealed record CallView(string Number, string Line, int Counter, DateTime CalledAt, int CallCount, string? Appointment = null);

/// <param name="CurrentAppointment">The current ticket's booked slot (HH:mm) when it is a checked-in appointment.</param>
/// <param name="CurrentStatus">"Called" (请到窗口) or "Serving" (正在办理) while there is a current ticket.</param>
public sealed record CounterView(
    int Number,
    string Name,
    string State,
    string StateLabel,
    string? PauseReason,
    string? ClerkName,
    string? ClerkStaffNumber,
    string? CurrentTicket,
    DateTime? StateSince,
    IReadOnlyList<string> Lines,
    bool PriorityOnly = false,
    string? CurrentStatus = null,
    string? CurrentAppointment = null,
    bool LinesForToday = false);

/// <summary>Everything a board needs to draw itself; sent first on every (re)connect.</summary>
public sealed record BoardSnapshot(
    string Hall,
    string HallName,
    string Notice,
    DateTime ServerTime,
    IReadOnlyList<CallView> RecentCalls,
    IReadOnlyList<LineView> Lines,
    IReadOnlyList<CounterView> Counters);

/// <remarks>
/// In a hub batch (<see cref="QueueBatch"/>) each event says what it is in <c>type</c>; the relay between nodes
/// names the type itself. <see cref="EvaluationSubmittedEvent"/> never goes to the hub, so it has no name here.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TicketIssuedEvent), "TicketIssued")]
[JsonDerivedType(typeof(TicketCalledEvent), "TicketCalled")]
[JsonDerivedType(typeof(TicketChangedEvent), "TicketChanged")]
[JsonDerivedType(typeof(CounterChangedEvent), "CounterChanged")]
[JsonDerivedType(typeof(HallChangedEvent), "HallChanged")]
public abstract record QueueEvent(string Hall);

/// <param name="Times">The ticket's times after the commit, for the day's figures (<see cref="TodayTickets"/>); no personal data.</param>
public sealed record TicketIssuedEvent(string Hall, string Number, string Line, DateTime IssuedAt, IReadOnlyList<LineView> Lines, TicketTimes? Times = null)
    : QueueEvent(Hall);

public sealed record TicketCalledEvent(
    string Hall, string Number, string Line, int Counter, DateTime CalledAt, int CallCount, IReadOnlyList<LineView> Lines, string? Appointment = null,
    TicketTimes? Times = null)
    : QueueEvent(Hall);

/// <summary>Started, finished, no-show, parked, resumed, transferred or rejoined.</summary>
public sealed record TicketChangedEvent(string Hall, string Number, string Status, int? Counter, IReadOnlyList<LineView> Lines, TicketTimes? Times = null)
    : QueueEvent(Hall);

public sealed record CounterChangedEvent(string Hall, CounterView Counter) : QueueEvent(Hall);

/// <summary>A citizen rated a visit or a case; the clerk console shows it, hub clients ignore it.</summary>
public sealed record EvaluationSubmittedEvent(string Hall, int? Counter, string? TicketNumber, string? CaseNumber, int Level, string LevelLabel)
    : QueueEvent(Hall);

/// <summary>The hall's own settings changed (name, notice, hours): screens take a fresh snapshot.</summary>
public sealed record HallChangedEvent(string Hall) : QueueEvent(Hall);
