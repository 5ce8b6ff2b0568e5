using HallDesk.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>The hall's working-day calendar as the manager keeps it.</summary>
public static class CalendarStore
{
    public static async Task<WorkCalendar> LoadAsync(HallDeskDbContext db, CancellationToken ct) =>
        CalendarDay.ToCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
