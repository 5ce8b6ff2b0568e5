using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

public enum InboxFilter
{
    /// <summary>Waiting for this department's decision (including suspended and returned).</summary>
    Open,
    Decided,
    All,
}

/// <param name="HallCode">The reviewer's hall: a sub-hall's reviewers see the tasks delegated to it (赋权).</param>
public sealed record InboxQuery(string? DepartmentCode, InboxFilter Filter, DeadlineLight? Light, string? Search, int Page, int PageSize, string HallCode = "");

public sealed record InboxRow(
    string CaseNumber,
    string SubjectName,
    string ItemNames,
    string ApplicantName,
    DateOnly? AcceptedOn,
    DateOnly Deadline,
    int WorkingDaysLeft,
    DeadlineLight Light,
    ReviewStatus TaskStatus,
    CaseStatus CaseStatus,
    bool IsBundle);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, IReadOnlyDictionary<DeadlineLight, int> OpenByLight);

/// <summary>One case as a reviewer or clerk sees it, with the calendar to light its deadlines.</summary>
public sealed record CaseDetails(Case Case, WorkCalendar Calendar, DateOnly Today);

/// <summary>Reads for the review inbox and the case page. A department sees only its own tasks.</summary>
public sealed class ReviewQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    public async Task<InboxPage> InboxAsync(InboxQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var today = Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);

        var tasks = db.ReviewTasks.AsNoTracking().Where(ReviewTask.HeldBy(query.DepartmentCode, query.HallCode));
        tasks = query.Filter switch
        {
            InboxFilter.Open => tasks.Where(t => t.Status == ReviewStatus.Pending || t.Status == ReviewStatus.Returned),
            InboxFilter.Decided => tasks.Where(t => t.Status == ReviewStatus.Approved || t.Status == ReviewStatus.Denied),
            _ => tasks,
        };
        var rows = await tasks
            .Join(db.Cases.AsNoTracking(), t => t.CaseId, c => c.Id, (t, c) => new { Task = t, Case = c })
            .Where(x => string.IsNullOrEmpty(query.Search)
                || x.Case.CaseNumber.Contains(query.Search) || x.Case.SubjectName.Contains(query.Search)
                || x.Task.ItemNames.Contains(query.Search) || x.Case.ApplicantName.Contains(query.Search))
            .Select(x => new
            {
                x.Task,
                x.Case.CaseNumber,
                x.Case.SubjectName,
                x.Case.ApplicantName,
                x.Case.AcceptedOn,
                x.Case.Status,
                x.Case.IsBundle,
            })
            .ToListAsync(ct);

        var lit = rows.Select(x => new InboxRow(
                x.CaseNumber, x.SubjectName, x.Task.ItemNames, x.ApplicantName, x.AcceptedOn,
                x.Task.Deadline(calendar), x.Task.WorkingDaysLeft(calendar, today), x.Task.Light(calendar, today),
                x.Task.Status, x.Status, x.IsBundle))
            .ToList();
        var openByLight = lit.Where(r => r.TaskStatus is ReviewStatus.Pending or ReviewStatus.Returned)
            .GroupBy(r => r.Light).ToDictionary(g => g.Key, g => g.Count());
        var filtered = lit.Where(r => query.Light is null || r.Light == query.Light)
            .OrderBy(r => r.Light == DeadlineLight.None ? 1 : 0)
            .ThenBy(r => r.Deadline)
            .ThenBy(r => r.CaseNumber, StringComparer.Ordinal)
            .ToList();
        var page = filtered.Skip(Math.Max(0, query.Page) * query.PageSize).Take(query.PageSize).ToList();
        return new InboxPage(page, filtered.Count, openByLight);
    }

    public async Task<CaseDetails?> CaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.AsNoTracking().Include(c => c.Tasks).SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return null;
        }

        var today = Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);
        return new CaseDetails(@case, await CalendarStore.LoadAsync(db, ct), today);
    }

    /// <summary>
    /// Cases of a hall in a state, newest first (the window's lists of 待补正 and 待送达): results to deliver
    /// are listed at the hall the citizen collects at, whichever hall accepted the case (全区通办).
    /// </summary>
    public async Task<IReadOnlyList<(string CaseNumber, string SubjectName, string ApplicantName, DateTime ReceivedAt)>> HallCasesAsync(
        string hallCode, CaseStatus status, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.Status == status && (status == CaseStatus.Concluded ? (c.DeliveryHallCode ?? c.HallCode) == hallCode : c.HallCode == hallCode))
            .OrderByDescending(c => c.ReceivedAt)
            .Take(take)
            .Select(c => new { c.CaseNumber, c.SubjectName, c.ApplicantName, c.ReceivedAt })
            .ToListAsync(ct);
        return rows.Select(r => (r.CaseNumber, r.SubjectName, r.ApplicantName, r.ReceivedAt)).ToList();
    }

    /// <summary>The name of a sub-hall (the desk of its reviewers for delegated items); null for the district hall or no hall.</summary>
    public async Task<string?> SubHallNameAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Halls.Where(h => h.Code == hallCode && h.Level == Domain.Queue.HallLevel.SubHall).Select(h => h.Name).SingleOrDefaultAsync(ct);
    }

    public async Task<string> DepartmentNameAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.Where(d => d.Code == code).Select(d => d.Name).SingleOrDefaultAsync(ct) ?? code;
    }
}
