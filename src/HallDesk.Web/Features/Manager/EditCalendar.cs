using HallDesk.Domain;
using HallDesk.Domain.Calendar;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// The district keeps the working-day calendar: holidays and make-up workdays (调休). It moves every hall's slots and
/// deadlines, so only a district role (Admin, DistrictManager) changes it; hall managers read it.
/// </summary>
public sealed class EditCalendar(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time)
{
    public const string DistrictOnly = "Calendar.DistrictOnly";

    public async Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public async Task AddAsync(Actor actor, DateOnly date, bool isWorkday, string name, CancellationToken ct = default)
    {
        var day = new CalendarDay(date, isWorkday, name);
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "calendar.add", $"{date:yyyy-MM-dd}", ct))
        {
            throw new DomainException(DistrictOnly);
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (isWorkday && !weekend)
        {
            throw new DomainException("Calendar.AlreadyWorkday", date);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        if (await write.Db.CalendarDays.AnyAsync(d => d.Date == date, ct))
        {
            throw new DomainException("Calendar.AlreadyListed", date);
        }

        write.Db.CalendarDays.Add(day);
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "calendar.add", $"{date:yyyy-MM-dd}", $"{(isWorkday ? "调休上班" : "放假")} {day.Name}");
        await write.CommitAsync(ct);
    }

    public async Task RemoveAsync(Actor actor, DateOnly date, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "calendar.remove", $"{date:yyyy-MM-dd}", ct))
        {
            throw new DomainException(DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var day = await write.Db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct)
            ?? throw new DomainException("Calendar.NotListed", date);
        write.Db.CalendarDays.Remove(day);
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "calendar.remove", $"{date:yyyy-MM-dd}", day.Name);
        await write.CommitAsync(ct);
    }
}
