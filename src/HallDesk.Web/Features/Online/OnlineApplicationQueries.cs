using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Online;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Online;

/// <summary>A row of the hall's 网上申报 list.</summary>
public sealed record OnlineApplicationRow(string Number, string Subject, string Applicant, OnlineApplicationStatus Status, DateTime SubmittedAt,
    DateTime? ResubmittedAt, DateOnly ReviewDueOn, int Files, string? CaseNumber);

/// <summary>One application as the clerk pre-reviews it: the checklist beside the files.</summary>
public sealed record OnlineApplicationDetail(OnlineApplication Application, IReadOnlyList<CaseMaterial> Checklist, IReadOnlyList<MaterialFileView> Files);

public sealed class OnlineApplicationQueries(IDbContextFactory<HallDeskDbContext> dbFactory, CatalogQueries catalog, TakeInApplication intake)
{
    /// <summary>The hall's applications waiting for pre-review (oldest first), then those waiting for the citizen, then today's decided ones.</summary>
    public async Task<IReadOnlyList<OnlineApplicationRow>> ForHallAsync(string hallCode, DateTime since, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.OnlineApplications.AsNoTracking()
            .Where(a => a.HallCode == hallCode && (a.Status == OnlineApplicationStatus.Submitted || a.Status == OnlineApplicationStatus.AwaitingCorrection
                || a.DecidedAt >= since))
            .ToListAsync(ct);
        var numbers = rows.Select(a => a.Number).ToList();
        var counts = await db.MaterialFiles.AsNoTracking().Where(f => f.ApplicationNumber != null && numbers.Contains(f.ApplicationNumber))
            .GroupBy(f => f.ApplicationNumber!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.OrderBy(a => a.Status).ThenBy(a => a.SubmittedAt)
            .Select(a => new OnlineApplicationRow(a.Number, a.SubjectName, a.ApplicantName, a.Status, a.SubmittedAt, a.ResubmittedAt, a.ReviewDueOn,
                counts.GetValueOrDefault(a.Number), a.CaseNumber))
            .ToList();
    }

    public async Task<OnlineApplicationDetail?> DetailAsync(string number, string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == number && a.HallCode == hallCode, ct);
        if (application is null)
        {
            return null;
        }

        var files = await db.MaterialFiles.AsNoTracking().Where(f => f.ApplicationNumber == number).OrderBy(f => f.Id).ToListAsync(ct);
        var selection = await catalog.SelectAsync(application.SubjectCode, ct);
        var checklist = selection is null ? [] : await intake.ChecklistAsync(selection, application.ApplicantIdNumber, files.Select(f => f.MaterialKey).ToHashSet(), ct: ct);
        return new OnlineApplicationDetail(application, checklist, files.Select(MaterialFileView.Of).ToList());
    }

    /// <summary>The application for the citizen's correction page, by number and the phone's last four digits (the caller guards the tries).</summary>
    public async Task<OnlineApplication?> ForCitizenAsync(string number, string phoneLast4, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, ct);
        return application is not null && application.ApplicantPhone.EndsWith(phoneLast4, StringComparison.Ordinal) ? application : null;
    }
}
