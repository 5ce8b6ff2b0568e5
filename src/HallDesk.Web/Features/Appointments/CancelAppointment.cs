using HallDesk.Domain.Appointments;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>取消预约 by its code; the place is free again at once.</summary>
public sealed class CancelAppointment(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public async Task<AppointmentView> HandleAsync(string? code, Actor actor, CancellationToken ct = default)
    {
        var normalized = AppointmentCode.Normalize(code) ?? throw new NotFoundException(AppointmentQueries.UnknownCode);

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Code == normalized, ct)
            ?? throw new NotFoundException(AppointmentQueries.UnknownCode);
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == appointment.HallCode, ct);

        var now = time.GetUtcNow().UtcDateTime;
        appointment.Cancel(hall.ToLocal(now));
        write.Audit(now, actor, "appointment.cancel", $"{appointment.HallCode}/{appointment.Code}", $"{appointment.LineCode} {appointment.Date:yyyy-MM-dd} {appointment.SlotStart:HH\\:mm}");
        await write.CommitAsync(ct);
        return AppointmentView.From(appointment);
    }
}
