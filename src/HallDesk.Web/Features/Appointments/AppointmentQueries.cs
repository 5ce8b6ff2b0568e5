using HallDesk.Domain.Appointments;
using HallDesk.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>Read-only: the slots of a day with places left, and a booking by its code.</summary>
public sealed class AppointmentQueries(IDbContextFactory<HallDeskDbContext> dbFactory, AppointmentSettings settings, TimeProvider time)
{
    public const string UnknownCode = "没有找到该预约码对应的预约，请核对预约码。";

    public async Task<IReadOnlyList<SlotView>> SlotsAsync(string hall, string? line, string? date, CancellationToken ct = default)
    {
        var lineCode = AppointmentInput.Line(line);
        var day = AppointmentInput.Date(date);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var loaded = await AppointmentDay.LoadAsync(db, hall, lineCode, day, hallInBody: false, settings, time.GetUtcNow().UtcDateTime, ct);
        var taken = await loaded.TakenAsync(db, ct);
        return loaded.Slots
            .Select(s => new SlotView(s.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), s.Capacity, Math.Max(0, s.Capacity - taken.GetValueOrDefault(s.Start))))
            .ToList();
    }

    public async Task<AppointmentView?> FindAsync(string? code, CancellationToken ct = default)
    {
        if (AppointmentCode.Normalize(code) is not { } normalized)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Code == normalized, ct);
        return appointment is null ? null : AppointmentView.From(appointment);
    }
}
