using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Agency;

/// <summary>The agent's 代办点 and its parent hall, as the agency page heads itself.</summary>
public sealed record AgencyDesk(string PointCode, string PointName, string Address, string HallCode, string HallName, bool Retired);

/// <summary>
/// One submission of the point: what, for whom (the name masked: the list may stand on a community office's screen),
/// its state, and whose inbox reviews it (the parent hall's reviewers for a delegated item, else the departments).
/// </summary>
public sealed record AgencySubmission(string CaseNumber, DateTime ReceivedAt, string SubjectName, string Applicant, CaseStatus Status, IReadOnlyList<string> ReviewedBy);

/// <summary>Reads the agency page: the agent's point, and only that point's cases.</summary>
public sealed class AgencyQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public const int Shown = 100;

    public async Task<AgencyDesk?> DeskAsync(StaffMember agent, CancellationToken ct = default)
    {
        if (!agent.IsAgent)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AgencyPoints.AsNoTracking().Where(p => p.Code == agent.AgencyPointCode)
            .Join(db.Halls, p => p.HallCode, h => h.Code, (p, h) => new AgencyDesk(p.Code, p.Name, p.Address, h.Code, h.Name, p.RetiredAt != null))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The point's newest submissions first; an account of no point sees none.</summary>
    public async Task<IReadOnlyList<AgencySubmission>> SubmissionsAsync(StaffMember agent, CancellationToken ct = default)
    {
        if (!agent.IsAgent)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.AgencyPointCode == agent.AgencyPointCode)
            .OrderByDescending(c => c.ReceivedAt).Take(Shown)
            .Select(c => new { c.Id, c.CaseNumber, c.ReceivedAt, c.SubjectName, c.ApplicantName, c.Status })
            .ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var tasks = await db.ReviewTasks.AsNoTracking().Where(t => ids.Contains(t.CaseId))
            .Select(t => new { t.CaseId, t.DepartmentName, t.ReviewHallCode }).ToListAsync(ct);
        var halls = await db.Halls.AsNoTracking().ToDictionaryAsync(h => h.Code, h => h.Name, ct);
        var byCase = tasks.ToLookup(t => t.CaseId);
        return cases.Select(c => new AgencySubmission(c.CaseNumber, c.ReceivedAt, c.SubjectName, PersonalDataMask.Name(c.ApplicantName), c.Status,
            byCase[c.Id].Select(t => t.ReviewHallCode is { } hall ? halls.GetValueOrDefault(hall, hall) : t.DepartmentName).Distinct().ToList())).ToList();
    }
}
