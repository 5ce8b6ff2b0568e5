using HallDesk.Domain.Appointments;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>记录爽约: bookings whose check-in window has closed without a check-in become no-shows (they count towards the block).</summary>
public sealed class MarkAppointmentNoShows(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    AppointmentSettings settings,
    TimeProvider time)
{
    public static readonly Actor System = new("", "system", null);

    /// <returns>How many bookings were recorded as no-shows.</returns>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var marked = 0;
        foreach (var hall in await db.Halls.AsNoTracking().ToListAsync(ct))
        {
            var localNow = hall.ToLocal(now);
            var today = DateOnly.FromDateTime(localNow);
            var open = await db.Appointments
                .Where(a => a.HallCode == hall.Code && a.Status == AppointmentStatus.Booked && a.Date <= today)
                .ToListAsync(ct);
            foreach (var appointment in open.Where(a => localNow > a.SlotStartsAt + settings.CheckIn.Late))
            {
                appointment.MarkNoShow(localNow, settings.CheckIn);
                write.Audit(now, System, "appointment.no-show", $"{hall.Code}/{appointment.Code}", $"{appointment.Date:yyyy-MM-dd} {appointment.SlotStart:HH\\:mm} 未签到");
                marked++;
            }
        }

        if (marked > 0)
        {
            await write.CommitAsync(ct);
        }

        return marked;
    }
}
