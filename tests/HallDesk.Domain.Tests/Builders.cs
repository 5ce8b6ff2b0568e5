using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests;

/// <summary>Fixed instants, so every test reads as the same morning in a Shanghai hall.</summary>
internal static class At
{
    /// <summary>2025-03-10 09:00 in Shanghai (UTC+8).</summary>
    public static readonly DateTime Opening = new(2025, 3, 10, 1, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly ServiceDate = new(2025, 3, 10);

    public static DateTime Minute(int minutesAfterOpening) => Opening.AddMinutes(minutesAfterOpening);
}

internal static class Clerks
{
    public const string WangId = "u-wang";
    public const string WangName = "王芳";
    public const string WangStaffNumber = "S001";
    public const string LiId = "u-li";
    public const string LiName = "李强";
    public const string LiStaffNumber = "S002";
}

/// <summary>Issues a ticket and walks it through the legal moves needed to reach the wanted state.</summary>
internal sealed class TicketBuilder
{
    public const string Hall = "H01";

    private readonly List<Action<Ticket>> _moves = [];
    private string _hallCode = Hall;
    private string _line = "A";
    private int _sequence = 1;
    private string? _phone;
    private bool _green;
    private DateTime _issuedAt = At.Opening;

    public TicketBuilder InHall(string hallCode)
    {
        _hallCode = hallCode;
        return this;
    }

    public TicketBuilder InLine(string line)
    {
        _line = line;
        return this;
    }

    public TicketBuilder WithSequence(int sequence)
    {
        _sequence = sequence;
        return this;
    }

    public TicketBuilder WithPhone(string phone)
    {
        _phone = phone;
        return this;
    }

    public TicketBuilder GreenChannel()
    {
        _green = true;
        return this;
    }

    public TicketBuilder IssuedAt(DateTime utc)
    {
        _issuedAt = utc;
        return this;
    }

    /// <summary>Issued this many minutes after opening; the earlier, the longer it has waited.</summary>
    public TicketBuilder IssuedAtMinute(int minute) => IssuedAt(At.Minute(minute));

    public TicketBuilder Called(int counterNumber = 1)
    {
        _moves.Add(t => t.Call(counterNumber, Clerks.WangId, _issuedAt.AddMinutes(1)));
        return this;
    }

    public TicketBuilder Serving(int counterNumber = 1)
    {
        Called(counterNumber);
        _moves.Add(t => t.StartService(_issuedAt.AddMinutes(2)));
        return this;
    }

    public TicketBuilder Parked(int counterNumber = 1)
    {
        Serving(counterNumber);
        _moves.Add(t => t.Park(_issuedAt.AddMinutes(3)));
        return this;
    }

    /// <summary>Called the given number of times (at least once) and then marked 过号.</summary>
    public TicketBuilder NoShow(int calls = 3)
    {
        Called();
        for (var i = 1; i < calls; i++)
        {
            var minute = i;
            _moves.Add(t => t.Recall(_issuedAt.AddMinutes(1 + minute)));
        }

        _moves.Add(t => t.MarkNoShow(calls, _issuedAt.AddMinutes(1 + calls)));
        return this;
    }

    /// <summary>Called at another counter, which sent it on to <paramref name="counterNumber"/>.</summary>
    public TicketBuilder TransferredToCounter(int counterNumber)
    {
        var from = counterNumber == 9 ? 8 : 9;
        Called(from);
        _moves.Add(t => t.TransferToCounter(counterNumber));
        return this;
    }

    public Ticket Build()
    {
        var ticket = Ticket.Issue(_hallCode, _line, At.ServiceDate, _sequence, _phone, _green, _issuedAt);
        foreach (var move in _moves)
        {
            move(ticket);
        }

        return ticket;
    }
}

/// <summary>Creates a counter and walks it through the legal moves needed to reach the wanted state.</summary>
internal sealed class CounterBuilder
{
    private readonly List<Action<Counter>> _moves = [];
    private string _hallCode = TicketBuilder.Hall;
    private int _number = 1;
    private CounterKind _kind = CounterKind.Comprehensive;
    private string[] _lines = ["A"];

    public CounterBuilder InHall(string hallCode)
    {
        _hallCode = hallCode;
        return this;
    }

    public CounterBuilder Number(int number)
    {
        _number = number;
        return this;
    }

    public CounterBuilder OfKind(CounterKind kind)
    {
        _kind = kind;
        return this;
    }

    /// <summary>The lines the counter serves, highest priority first.</summary>
    public CounterBuilder ForLines(params string[] lines)
    {
        _lines = lines;
        return this;
    }

    public CounterBuilder OpenedBy(string clerkUserId = Clerks.WangId, string clerkName = Clerks.WangName)
    {
        _moves.Add(c => c.Open(clerkUserId, clerkName, Clerks.WangStaffNumber, At.Opening));
        return this;
    }

    public CounterBuilder Paused(string reason = "午休")
    {
        _moves.Add(c => c.Pause(reason, At.Minute(30)));
        return this;
    }

    public CounterBuilder ServingTicket(long ticketId = 42)
    {
        _moves.Add(c => c.BeginServing(ticketId, At.Minute(10)));
        return this;
    }

    public Counter Build()
    {
        var counter = new Counter(_hallCode, _number, $"{_number}号窗口", _kind, _lines);
        foreach (var move in _moves)
        {
            move(counter);
        }

        return counter;
    }
}
