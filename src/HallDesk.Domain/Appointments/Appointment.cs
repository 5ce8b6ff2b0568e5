using HallDesk.Domain.Applicants;
using HallDesk.Domain.People;

namespace HallDesk.Domain.Appointments;

/// <summary>网上预约: a real-name booking of one slot of one line of a hall on one day (times are the hall's local time).</summary>
public sealed class Appointment
{
    public const int MaxName = 32;

    private Appointment()
    {
        Code = "";
        HallCode = "";
        LineCode = "";
        Name = "";
        IdNumber = "";
        Phone = "";
    }

    private Appointment(string code, string hallCode, string lineCode, DateOnly date, TimeOnly slotStart, string name, string idNumber, string phone, DateTime createdAt)
    {
        Code = code;
        HallCode = hallCode;
        LineCode = lineCode;
        Date = date;
        SlotStart = slotStart;
        Name = name;
        IdNumber = idNumber;
        Phone = phone;
        CreatedAt = createdAt;
        Status = AppointmentStatus.Booked;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string HallCode { get; private set; }

    public string LineCode { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly SlotStart { get; private set; }

    public string Name { get; private set; }

    public string IdNumber { get; private set; }

    public string Phone { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The ticket its check-in issued (A023).</summary>
    public string? TicketNumber { get; private set; }

    /// <summary>Booked or checked in: the booking holds its place and counts as the person's one for that line and day.</summary>
    public bool HoldsPlace => Status is AppointmentStatus.Booked or AppointmentStatus.CheckedIn;

    public DateTime SlotStartsAt => Date.ToDateTime(SlotStart);

    /// <summary>Checks the person's data; the booking rules (window, capacity, one per day, block) are <see cref="BookingRules"/>'.</summary>
    public static Appointment Book(
        string code, string hallCode, string lineCode, DateOnly date, TimeOnly slotStart, string name, string idNumber, string phone, DateTime createdAt)
    {
        if (AppointmentCode.Normalize(code) != code)
        {
            throw new DomainException("Appointment.CodeInvalid");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxName)
        {
            throw new DomainException("Appointment.NameRequired", MaxName);
        }

        var id = idNumber.Trim().ToUpperInvariant();
        if (Applicants.IdNumber.Validate(id) is { } idProblem)
        {
            throw new DomainException(idProblem);
        }

        if (!PhoneNumber.IsValidMobile(phone))
        {
            throw new DomainException("Appointment.PhoneInvalid");
        }

        return new Appointment(code, hallCode, lineCode, date, slotStart, name.Trim(), id, phone, createdAt);
    }

    /// <summary>取消: only a booking that still waits for its slot.</summary>
    public void Cancel(DateTime localNow)
    {
        EnsureBooked("Appointment.CannotCancel");
        if (localNow >= SlotStartsAt)
        {
            throw new DomainException("Appointment.SlotStarted");
        }

        Status = AppointmentStatus.Cancelled;
    }

    /// <summary>
    /// 改约: a booking that still waits for its slot moves to another slot of its line (the booking rules, room and one
    /// booking a day, are the caller's, as for a new booking). Its code stays, so the SMS and the lookup still find it.
    /// </summary>
    public void MoveTo(DateOnly date, TimeOnly slotStart, DateTime localNow)
    {
        EnsureBooked("Appointment.CannotReschedule");
        if (localNow >= SlotStartsAt)
        {
            throw new DomainException("Appointment.SlotStartedNoMove");
        }

        if (date == Date && slotStart == SlotStart)
        {
            throw new DomainException("Appointment.SameSlot");
        }

        Date = date;
        SlotStart = slotStart;
    }

    /// <summary>签到: within the window around the slot's start; the ticket it issued is kept with it.</summary>
    public void CheckIn(DateTime localNow, CheckInWindow window, string ticketNumber)
    {
        EnsureCanCheckIn(localNow, window);
        Status = AppointmentStatus.CheckedIn;
        TicketNumber = ticketNumber;
    }

    /// <summary>Throws, saying why, unless a check-in at <paramref name="localNow"/> is allowed.</summary>
    public void EnsureCanCheckIn(DateTime localNow, CheckInWindow window)
    {
        EnsureBooked("Appointment.CannotCheckIn");
        if (DateOnly.FromDateTime(localNow) != Date)
        {
            throw new DomainException("Appointment.WrongDay", Date);
        }

        var opens = SlotStartsAt - window.Early;
        if (localNow < opens)
        {
            throw new DomainException("Appointment.TooEarly", SlotStart, TimeOnly.FromDateTime(opens));
        }

        if (localNow > SlotStartsAt + window.Late)
        {
            throw new DomainException("Appointment.TooLate", SlotStart, (int)window.Late.TotalMinutes);
        }
    }

    /// <summary>Whether a check-in at <paramref name="localNow"/> falls inside the slot's window.</summary>
    public bool InCheckInWindow(DateTime localNow, CheckInWindow window) =>
        localNow >= SlotStartsAt - window.Early && localNow <= SlotStartsAt + window.Late;

    /// <summary>爽约: once the check-in window has closed without a check-in.</summary>
    public void MarkNoShow(DateTime localNow, CheckInWindow window)
    {
        EnsureBooked("Appointment.CannotMarkNoShow");
        if (localNow <= SlotStartsAt + window.Late)
        {
            throw new DomainException("Appointment.NoShowTooEarly");
        }

        Status = AppointmentStatus.NoShow;
    }

    private void EnsureBooked(string key)
    {
        if (Status != AppointmentStatus.Booked)
        {
            throw new DomainException(key, Status);
        }
    }
}
