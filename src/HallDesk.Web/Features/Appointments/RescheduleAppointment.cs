using HallDesk.Domain.Appointments;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// 改约 by the appointment's code (the reminder's link leads to it): another slot of the same line while places remain,
/// under the rules of a new booking; the old place is free again at once.
/// </summary>
public sealed class RescheduleAppointment(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, AppointmentSettings settings, TimeProvider time)
{
    public sealed record Command(string? Code, string? Date, string? Slot);

    public async Task<AppointmentView> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var code = AppointmentCode.Normalize(command.Code) ?? throw new NotFoundException(AppointmentQueries.UnknownCode);
        var date = AppointmentInput.Date(command.Date);
        var start = AppointmentInput.Slot(command.Slot);

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Code == code, ct)
            ?? throw new NotFoundException(AppointmentQueries.UnknownCode);
        var now = time.GetUtcNow().UtcDateTime;
        var day = await AppointmentDay.LoadAsync(db, appointment.HallCode, appointment.LineCode, date, hallInBody: false, settings, now, ct);
        var slot = day.Slots.SingleOrDefault(s => s.Start == start) ?? throw new InputException("slot", "Booking.NoSuchSlot", start);

        var othersThatDay = await db.Appointments.Where(a => a.IdNumber == appointment.IdNumber && a.Date == date && a.Id != appointment.Id).ToListAsync(ct);
        BookingRules.EnsureNoOtherBooking(othersThatDay, appointment.HallCode, appointment.LineCode, date);
        var taken = await day.TakenAsync(db, ct);
        var mine = appointment.Date == date && appointment.SlotStart == start && appointment.HoldsPlace ? 1 : 0;
        BookingRules.EnsureSlotHasRoom(slot, taken.GetValueOrDefault(slot.Start) - mine);

        var from = $"{appointment.Date:yyyy-MM-dd} {appointment.SlotStart:HH\\:mm}";
        appointment.MoveTo(date, slot.Start, day.LocalNow);
        write.Audit(now, actor, "appointment.reschedule", $"{appointment.HallCode}/{appointment.Code}", $"{appointment.LineCode} {from} → {date:yyyy-MM-dd} {slot.Start:HH\\:mm}");
        await write.CommitAsync(ct);
        return AppointmentView.From(appointment);
    }
}
