using HallDesk.Data;
using HallDesk.Domain.Appointments;
using HallDesk.Domain;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>预约签到: at the hall's kiosk, by code or ID number, within the slot's window; issues a ticket the routing calls first.</summary>
public sealed class CheckInAppointment(
    HallWriter writer,
    ITicketSlips slips,
    AppointmentSettings settings,
    TicketReminders reminders,
    TimeProvider time)
{
    public sealed record Command(string Hall, string? Code, string? IdNumber);

    public sealed record Result(string AppointmentCode, TimeOnly Slot, IssueTicket.Result Ticket);

    public async Task<Result> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var (code, idNumber) = Validate(command);

        var (result, slip) = await writer.WriteAsync<(Result, SlipOrder)>(command.Hall, async (write, ct) =>
        {
            var db = write.Db;
            var hall = await db.Halls.SingleOrDefaultAsync(h => h.Code == command.Hall, ct)
                ?? throw new NotFoundException("Hall.NotFound", command.Hall);
            var now = time.GetUtcNow().UtcDateTime;
            IssueTicket.EnsureOpen(hall, now);
            var localNow = hall.ToLocal(now);

            var appointment = code is not null
                ? await ByCodeAsync(db, hall.Code, code, ct)
                : await ByIdNumberAsync(db, hall.Code, idNumber!, localNow, settings.CheckIn, ct);
            appointment.EnsureCanCheckIn(localNow, settings.CheckIn);

            var line = await db.QueueLines.SingleOrDefaultAsync(l => l.HallCode == hall.Code && l.Code == appointment.LineCode, ct)
                ?? throw new DomainException("CheckIn.LineGone", hall.Name, appointment.LineCode);
            var slotUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(appointment.SlotStartsAt, DateTimeKind.Unspecified), hall.TimeZone);
            var (ticket, issued, slip) = await IssueTicket.IssueInAsync(
                write, reminders, hall, line, appointment.Phone, greenChannel: false, (appointment.Code, slotUtc), actor, now, ct);
            appointment.CheckIn(localNow, settings.CheckIn, ticket.Number);
            write.Audit(now, actor, "appointment.check-in", $"{hall.Code}/{appointment.Code}", ticket.Number);
            return ((new Result(appointment.Code, appointment.SlotStart, ticket), slip), [issued]);
        }, ct);

        // The ticket is committed: its slip is archived even if the caller has gone meanwhile.
        await slips.ArchiveAsync(slip, CancellationToken.None);
        return result;
    }

    public static (string? Code, string? IdNumber) Validate(Command command)
    {
        var hasCode = !string.IsNullOrWhiteSpace(command.Code);
        var hasId = !string.IsNullOrWhiteSpace(command.IdNumber);
        if (hasCode == hasId)
        {
            throw new InputException("code", "CheckIn.CodeOrId");
        }

        if (hasCode)
        {
            return (AppointmentCode.Normalize(command.Code) ?? throw new InputException("code", "CheckIn.CodeFormat"), null);
        }

        var id = command.IdNumber!.Trim().ToUpperInvariant();
        return Domain.Applicants.IdNumber.Validate(id) is { } problem ? throw new InputException("idNumber", problem) : (null, id);
    }

    private static async Task<Appointment> ByCodeAsync(HallDeskDbContext db, string hallCode, string code, CancellationToken ct)
    {
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Code == code, ct)
            ?? throw new NotFoundException(AppointmentQueries.UnknownCode);
        if (appointment.HallCode != hallCode)
        {
            var name = await db.Halls.Where(h => h.Code == appointment.HallCode).Select(h => h.Name).SingleOrDefaultAsync(ct);
            throw new DomainException("CheckIn.OtherHall", name ?? appointment.HallCode);
        }

        return appointment;
    }

    /// <summary>The person's booking here today: the one whose window is open now, else the next one.</summary>
    private static async Task<Appointment> ByIdNumberAsync(
        HallDeskDbContext db, string hallCode, string idNumber, DateTime localNow, CheckInWindow window, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(localNow);
        var todays = await db.Appointments
            .Where(a => a.HallCode == hallCode && a.IdNumber == idNumber && a.Date == today && a.Status == AppointmentStatus.Booked)
            .ToListAsync(ct);
        var bySlot = todays.OrderBy(a => a.SlotStart).ToList();
        return bySlot.FirstOrDefault(a => a.InCheckInWindow(localNow, window))
            ?? bySlot.FirstOrDefault(a => a.SlotStartsAt >= localNow)
            ?? bySlot.LastOrDefault()
            ?? throw new NotFoundException("CheckIn.NoneToday");
    }
}
