using HallDesk.Domain;
using HallDesk.Domain.Appointments;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>A bookable day of one line of a hall: the hall, its local today, and the day's slot plan.</summary>
public sealed record AppointmentDay(Hall Hall, QueueLine Line, DateOnly Today, DateTime LocalNow, DateOnly Date, IReadOnlyList<Slot> Slots)
{
    /// <param name="hallInBody">The hall was a field of the request (400 "hall") rather than part of the path (404).</param>
    public static async Task<AppointmentDay> LoadAsync(
        HallDeskDbContext db, string? hallCode, string lineCode, DateOnly date, bool hallInBody, AppointmentSettings settings, DateTime utcNow, CancellationToken ct)
    {
        var code = hallCode?.Trim() ?? "";
        var hall = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == code && h.RetiredAt == null, ct);
        if (hall is null)
        {
            var message = new DomainMessage("Hall.NotFound", code);
            throw hallInBody ? new InputException("hall", message) : new NotFoundException(message);
        }

        var line = await db.QueueLines.AsNoTracking().SingleOrDefaultAsync(l => l.HallCode == hall.Code && l.Code == lineCode && l.RetiredAt == null, ct)
            ?? throw new InputException("line", "Line.NotInNamedHall", hall.Name, lineCode);

        var today = hall.LocalDate(utcNow);
        var calendar = await CalendarStore.LoadAsync(db, ct);
        if (BookingRules.DateProblem(calendar, today, date, settings.DaysAhead) is { } problem)
        {
            throw new InputException("date", problem);
        }

        var slots = SlotPlan.ForDay(hall.OpenAroundTheClock, hall.OpensAt, hall.ClosesAt, settings.SlotMinutes, settings.SlotCapacity);
        return new AppointmentDay(hall, line, today, hall.ToLocal(utcNow), date, slots);
    }

    /// <summary>Places taken per slot start on this day of this line.</summary>
    public async Task<Dictionary<TimeOnly, int>> TakenAsync(HallDeskDbContext db, CancellationToken ct) =>
        await db.Appointments
            .Where(a => a.HallCode == Hall.Code && a.LineCode == Line.Code && a.Date == Date
                && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.CheckedIn))
            .GroupBy(a => a.SlotStart)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
