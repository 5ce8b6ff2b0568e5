using HallDesk.Domain;
using HallDesk.Domain.Appointments;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// 批量取消 of a flagged burst by the hall's manager, with a reason: each booking of the manager's own hall that still
/// waits for its slot is cancelled and audited on its own line (who, why); the places are free again at once.
/// </summary>
public sealed class CancelAppointmentsInBulk(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public const int MaxReason = 200;

    /// <returns>How many were cancelled (those already cancelled, begun or of another hall are left as they are).</returns>
    public async Task<int> HandleAsync(StaffMember staff, IReadOnlyCollection<string> codes, string? reason, CancellationToken ct = default)
    {
        var why = reason?.Trim() ?? "";
        if (why.Length == 0 || why.Length > MaxReason)
        {
            throw new DomainException("Appointment.BulkReasonRequired", MaxReason);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == staff.HallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var localNow = hall.ToLocal(now);
        var wanted = codes.Select(AppointmentCode.Normalize).OfType<string>().Distinct().ToList();
        var bookings = await db.Appointments
            .Where(a => a.HallCode == hall.Code && wanted.Contains(a.Code) && a.Status == AppointmentStatus.Booked)
            .ToListAsync(ct);
        var cancelled = 0;
        foreach (var appointment in bookings.Where(a => localNow < a.SlotStartsAt))
        {
            appointment.Cancel(localNow);
            write.Audit(now, staff.Actor, "appointment.bulk-cancel", $"{hall.Code}/{appointment.Code}",
                $"{appointment.LineCode} {appointment.Date:yyyy-MM-dd} {appointment.SlotStart:HH\\:mm} 原因：{why}");
            cancelled++;
        }

        await write.CommitAsync(ct);
        return cancelled;
    }
}
