using HallDesk.Data;
using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>A 事后核查 as the department's inbox lists it.</summary>
public sealed record CommitmentCheckRow(
    long Id, int Version, string CaseNumber, string ItemNames, string ApplicantName, DateOnly OpenedOn, DateOnly DueOn, bool Overdue,
    CommitmentCheckStatus Status, string? Findings);

/// <summary>Checks open and overdue: the manager's dashboard counts them.</summary>
public sealed record CommitmentCheckFigures(int Due, int Overdue);

/// <summary>Reads of 告知承诺制: a department's checks, a hall's figures, whether an applicant is on the 失信承诺 list.</summary>
public sealed class CommitmentCheckQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    private DateOnly Today => Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);

    /// <summary>The department's checks, open ones first by due date, then the latest recorded.</summary>
    public async Task<IReadOnlyList<CommitmentCheckRow>> ForDepartmentAsync(string departmentCode, int take = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var open = await db.CommitmentChecks.AsNoTracking()
            .Where(c => c.DepartmentCode == departmentCode && c.Status == CommitmentCheckStatus.Open)
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id).Take(take).ToListAsync(ct);
        var done = await db.CommitmentChecks.AsNoTracking()
            .Where(c => c.DepartmentCode == departmentCode && c.Status != CommitmentCheckStatus.Open)
            .OrderByDescending(c => c.CheckedAt).Take(10).ToListAsync(ct);
        return open.Concat(done)
            .Select(c => new CommitmentCheckRow(c.Id, c.Version, c.CaseNumber, c.ItemNames, c.ApplicantName, c.OpenedOn, c.DueOn, c.IsOverdue(today), c.Status, c.Findings))
            .ToList();
    }

    /// <summary>Open checks of the cases a hall took in: how many are due, and how many of those are past their date.</summary>
    public async Task<CommitmentCheckFigures> FiguresAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var open = db.CommitmentChecks.AsNoTracking().Where(c => c.HallCode == hallCode && c.Status == CommitmentCheckStatus.Open);
        return new CommitmentCheckFigures(await open.CountAsync(ct), await open.CountAsync(c => c.DueOn < today, ct));
    }

    /// <summary>The day the applicant's 失信承诺 listing expires, while one is active.</summary>
    public async Task<DateOnly?> ListedUntilAsync(string applicantIdNumber, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(applicantIdNumber))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = applicantIdNumber.Trim().ToUpperInvariant();
        return BrokenCommitment.ListedUntil(await db.BrokenCommitments.AsNoTracking().Where(b => b.ApplicantIdNumber == id).ToListAsync(ct), Today);
    }
}
