using HallDesk.Domain.Appointments;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>Read-only: the halls, lines and days that can be booked, the slots of a day with places left, and a booking by its code.</summary>
public sealed class AppointmentQueries(IDbContextFactory<HallDeskDbContext> dbFactory, AppointmentSettings settings, TimeProvider time)
{
    /// <summary>The key of "no appointment has this code" (Errors.resx).</summary>
    public const string UnknownCode = "Appointment.UnknownCode";

    /// <summary>Every hall with its lines and its next <see cref="AppointmentSettings.DaysAhead"/> working days (from the hall's local today).</summary>
    public async Task<IReadOnlyList<BookableHall>> BookableHallsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var halls = await db.Halls.AsNoTracking().Where(h => h.RetiredAt == null).OrderBy(h => h.Id).ToListAsync(ct);
        var lines = await db.QueueLines.AsNoTracking().Where(l => l.RetiredAt == null).OrderBy(l => l.SortOrder).ThenBy(l => l.Code).ToListAsync(ct);
        return halls
            .Select(h => new BookableHall(
                h.Code,
                h.Name,
                lines.Where(l => l.HallCode == h.Code).Select(l => new BookableHall.Line(l.Code, l.Name)).ToList(),
                BookingRules.BookableDays(calendar, h.LocalDate(now), settings.DaysAhead)))
            .ToList();
    }

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
