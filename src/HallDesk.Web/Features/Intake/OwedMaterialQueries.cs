using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Intake;

/// <summary>A case of the hall accepted with 容缺 materials still owed, and the earliest day they are due.</summary>
public sealed record OwedCase(string CaseNumber, string SubjectName, string ApplicantName, DateOnly OwedBy)
{
    public bool Overdue(DateOnly today) => OwedBy < today;
}

/// <summary>What the window owes attention to: cases of its hall with 容缺 materials not yet brought, soonest due first.</summary>
public sealed class OwedMaterialQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OwedCase>> HallOwedAsync(string hallCode, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.HallCode == hallCode && c.OwedBy != null)
            .OrderBy(c => c.OwedBy)
            .Take(take)
            .Select(c => new { c.CaseNumber, c.SubjectName, c.ApplicantName, c.OwedBy })
            .ToListAsync(ct);
        return rows.Select(r => new OwedCase(r.CaseNumber, r.SubjectName, r.ApplicantName, r.OwedBy!.Value)).ToList();
    }
}
