using HallDesk.Data;
using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>A department's 特别程序 on a case of the hall, as the manager weighs an extension: what it allows and what it used.</summary>
public sealed record SpecialProcedureRow(
    string CaseNumber, string SubjectName, string DepartmentCode, string DepartmentName, SuspensionKind? Kind, string? Reason, DateOnly? Since,
    int Running, int Allowed, int Extra)
{
    /// <summary>Working days the running 特别程序 stood beyond what is allowed (the clock runs again for those).</summary>
    public int Overrun => Math.Max(0, Running - Allowed);
}

/// <summary>
/// The hall's open review tasks whose 特别程序 is running or has used all it may: what the manager's 特别程序延期 decides on.
/// Read by the page's own query, for the manager's hall only.
/// </summary>
public sealed class SpecialProcedureQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<SpecialProcedureRow>> ListAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
        var today = hall.LocalDate(time.GetUtcNow().UtcDateTime);
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var rows = await db.ReviewTasks.AsNoTracking()
            .Where(t => t.Status != ReviewStatus.Approved && t.Status != ReviewStatus.Denied
                && (t.SuspendedSince != null || t.SuspensionCapDays + t.SuspensionExtraDays - t.SuspensionDaysUsed <= 0))
            .Join(db.Cases.Where(c => c.HallCode == hallCode), t => t.CaseId, c => c.Id, (t, c) => new { Task = t, c.CaseNumber, c.SubjectName })
            .OrderBy(x => x.Task.SuspendedSince).ThenBy(x => x.CaseNumber)
            .ToListAsync(ct);
        return rows.Select(x => new SpecialProcedureRow(x.CaseNumber, x.SubjectName, x.Task.DepartmentCode, x.Task.DepartmentName, x.Task.SuspendKind,
                x.Task.SuspendReason, x.Task.SuspendedSince,
                x.Task.SuspendedSince is { } since ? calendar.WorkingDaysBetween(since, today) : 0, x.Task.SuspensionDaysLeft, x.Task.SuspensionExtraDays))
            .ToList();
    }
}
