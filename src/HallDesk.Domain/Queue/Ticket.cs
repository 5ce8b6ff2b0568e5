namespace HallDesk.Domain.Queue;

/// <summary>号票: waiting → called → serving → done, with no-show, park, transfer and cancel.</summary>
public sealed class Ticket
{
    private DateTime? _calledAt;
    private DateTime? _serviceStartedAt;
    private DateTime? _finishedAt;

    private Ticket()
    {
        HallCode = "";
        IssuedLine = "";
        LineCode = "";
        Number = "";
    }

    public long Id { get; private set; }

    public string HallCode { get; private set; }

    /// <summary>The line that issued the number; the number keeps its prefix when transferred.</summary>
    public string IssuedLine { get; private set; }

    /// <summary>The line the ticket waits in now.</summary>
    public string LineCode { get; private set; }

    /// <summary>The hall's local day the number belongs to.</summary>
    public DateOnly ServiceDate { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; }

    public string? Phone { get; private set; }

    public bool GreenChannel { get; private set; }

    public TicketStatus Status { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>The ordering key among waiting tickets; older waits longer.</summary>
    public DateTime QueuedAt { get; private set; }

    public int? CounterNumber { get; private set; }

    /// <summary>Set while the ticket waits for one named counter only.</summary>
    public int? TransferredToCounter { get; private set; }

    public int CallCount { get; private set; }

    public DateTime? CalledAt
    {
        get => _calledAt;
        private set
        {
            _calledAt = value;
            WaitSeconds = SecondsBetween(IssuedAt, value);
        }
    }

    /// <summary>
    /// Seconds from issue to the last call, kept with <see cref="CalledAt"/> whatever sets it: the manager's report
    /// sums and ranks the waits of a month from an index, without reading or parsing a time.
    /// </summary>
    public double? WaitSeconds { get; private set; }

    /// <summary>
    /// When the ticket's visit to its counter began: its first call there (a recall does not move it). A ticket
    /// transferred, or a no-show called again, starts a new service; cases and ratings tell services apart by it.
    /// </summary>
    public DateTime? AtCounterSince { get; private set; }

    public DateTime? ServiceStartedAt
    {
        get => _serviceStartedAt;
        private set
        {
            _serviceStartedAt = value;
            ServiceSeconds = SecondsBetween(value, FinishedAt);
        }
    }

    public DateTime? FinishedAt
    {
        get => _finishedAt;
        private set
        {
            _finishedAt = value;
            ServiceSeconds = SecondsBetween(ServiceStartedAt, value);
        }
    }

    /// <summary>Seconds from the start of service to its end, kept with both times (the report's mean service).</summary>
    public double? ServiceSeconds { get; private set; }

    /// <summary>Staff user id of the clerk who called it last.</summary>
    public string? ClerkUserId { get; private set; }

    /// <summary>The appointment checked in for this ticket (预约签到); such tickets are called first.</summary>
    public string? AppointmentCode { get; private set; }

    /// <summary>The booked slot's start (UTC); appointments are called in slot order.</summary>
    public DateTime? AppointmentAt { get; private set; }

    /// <summary>帮办: the clerk helped the citizen fill in and put together the application.</summary>
    public bool Assisted { get; private set; }

    public static Ticket Issue(string hallCode, string line, DateOnly serviceDate, int sequence, string? phone, bool greenChannel, DateTime now) =>
        new()
        {
            HallCode = hallCode,
            IssuedLine = line,
            LineCode = line,
            ServiceDate = serviceDate,
            Sequence = sequence,
            Number = TicketNumber.Format(line, sequence),
            Phone = phone,
            GreenChannel = greenChannel,
            Status = TicketStatus.Waiting,
            IssuedAt = now,
            QueuedAt = now,
        };

    /// <summary>The ticket was issued by checking in an appointment of the given slot.</summary>
    public void ForAppointment(string code, DateTime slotStartUtc)
    {
        Require(Status == TicketStatus.Waiting && AppointmentCode is null, "Ticket.AppointmentNotNew");
        AppointmentCode = code;
        AppointmentAt = slotStartUtc;
    }

    /// <summary>标记帮办: while the ticket is at the window, or right after it was finished there.</summary>
    public void MarkAssisted(bool assisted)
    {
        Require(Status is TicketStatus.Called or TicketStatus.Serving or TicketStatus.Parked or TicketStatus.Done, "Ticket.AssistNotAtCounter");
        Assisted = assisted;
    }

    public void Call(int counterNumber, string clerkUserId, DateTime now)
    {
        Require(Status == TicketStatus.Waiting, "Ticket.CallNotWaiting");
        if (TransferredToCounter is { } target && target != counterNumber)
        {
            throw new DomainException("Ticket.TransferredElsewhere", Number, target);
        }

        Status = TicketStatus.Called;
        CounterNumber = counterNumber;
        ClerkUserId = clerkUserId;
        TransferredToCounter = null;
        CallCount = 1;
        CalledAt = now;
        AtCounterSince = now;
    }

    public void Recall(DateTime now)
    {
        Require(Status == TicketStatus.Called, "Ticket.RecallNotCalled");
        CallCount++;
        CalledAt = now;
    }

    public void StartService(DateTime now)
    {
        Require(Status == TicketStatus.Called, "Ticket.StartNotCalled");
        Status = TicketStatus.Serving;
        ServiceStartedAt = now;
    }

    public void MarkNoShow(int callsRequired, DateTime now)
    {
        Require(Status == TicketStatus.Called, "Ticket.NoShowNotCalled");
        if (CallCount < callsRequired)
        {
            throw new DomainException("Ticket.NoShowTooFewCalls", Number, CallCount, callsRequired);
        }

        Status = TicketStatus.NoShow;
        CounterNumber = null;
        FinishedAt = now;
    }

    /// <summary>A no-show citizen came back: the ticket waits again at the given place.</summary>
    public void Rejoin(DateTime queuedAt)
    {
        Require(Status == TicketStatus.NoShow, "Ticket.RejoinNotNoShow");
        Status = TicketStatus.Waiting;
        QueuedAt = queuedAt;
        CallCount = 0;
        CalledAt = null;
        AtCounterSince = null;
        ClerkUserId = null;
        FinishedAt = null;
    }

    public void Park(DateTime now)
    {
        Require(Status is TicketStatus.Called or TicketStatus.Serving, "Ticket.ParkNotAtCounter");
        Status = TicketStatus.Parked;
        ServiceStartedAt ??= now;
    }

    public void ResumeParked(int counterNumber, DateTime now)
    {
        Require(Status == TicketStatus.Parked, "Ticket.ResumeNotParked");
        if (CounterNumber != counterNumber)
        {
            throw new DomainException("Ticket.ParkedElsewhere", Number, CounterNumber);
        }

        Status = TicketStatus.Serving;
        CalledAt ??= now;
    }

    /// <summary>
    /// Sends the ticket to another line; it keeps its number, and waits at <paramref name="queuedAt"/> (see
    /// <see cref="QueuePlacement.ForTransfer"/>), or at its old place when none is given.
    /// </summary>
    public void TransferToLine(string line, DateTime? queuedAt = null)
    {
        Require(Status is TicketStatus.Called or TicketStatus.Serving, "Ticket.TransferNotAtCounter");
        if (line == LineCode)
        {
            throw new DomainException("Ticket.AlreadyInLine", Number);
        }

        ReturnToQueue(queuedAt);
        LineCode = line;
    }

    /// <summary>
    /// Sends the ticket to one named counter, which calls it before anyone else; among the tickets sent there it
    /// waits at <paramref name="queuedAt"/>, or at its old place when none is given.
    /// </summary>
    public void TransferToCounter(int counterNumber, DateTime? queuedAt = null)
    {
        Require(Status is TicketStatus.Called or TicketStatus.Serving, "Ticket.TransferNotAtCounter");
        if (counterNumber == CounterNumber)
        {
            throw new DomainException("Ticket.TransferToSameCounter");
        }

        ReturnToQueue(queuedAt);
        TransferredToCounter = counterNumber;
    }

    public void Finish(DateTime now)
    {
        Require(Status is TicketStatus.Called or TicketStatus.Serving, "Ticket.FinishNotAtCounter");
        Status = TicketStatus.Done;
        ServiceStartedAt ??= CalledAt ?? now;
        FinishedAt = now;
    }

    public void Cancel(DateTime now)
    {
        Require(Status == TicketStatus.Waiting, "Ticket.CancelNotWaiting");
        Status = TicketStatus.Cancelled;
        FinishedAt = now;
    }

    private void ReturnToQueue(DateTime? queuedAt)
    {
        Status = TicketStatus.Waiting;
        QueuedAt = queuedAt ?? QueuedAt;
        CounterNumber = null;
        CallCount = 0;
        CalledAt = null;
        ServiceStartedAt = null;
        AtCounterSince = null;
    }

    private static double? SecondsBetween(DateTime? from, DateTime? to) => from is { } start && to is { } end ? (end - start).TotalSeconds : null;

    private void Require(bool condition, string key)
    {
        if (!condition)
        {
            throw new DomainException(key, Number, Status);
        }
    }
}
