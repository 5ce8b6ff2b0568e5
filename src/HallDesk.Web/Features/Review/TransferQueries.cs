using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>A 流转 request as the holding department's inbox lists it.</summary>
public sealed record TransferRow(
    long Id, int Version, string CaseNumber, string MaterialName, string RequestingDepartmentName, string ApplicantName, string ApplicantIdNumber,
    DateTime RequestedAt, DateOnly DueOn, bool Overdue, TransferState State, string? SuppliedBy, DateTime? SuppliedAt);

/// <summary>A 流转 as the requesting department's case page shows it: 待流转 (due) or 已流转 (by whom, when, the file).</summary>
public sealed record TransferView(
    string MaterialKey, string MaterialName, string HoldingDepartmentName, TransferState State, DateOnly DueOn, bool Overdue,
    string? SuppliedBy, DateTime? SuppliedAt, string? FileLink, string? Note);

/// <summary>A request still waiting, as the demo history answers it.</summary>
public sealed record OpenTransfer(long Id, int Version, string HoldingDepartmentCode);

/// <summary>Open requests of a department (to it) and how many are overdue, and its own requests (by it) past their date.</summary>
public sealed record TransferFigures(int Open, int Overdue, int OverdueRequestedByUs = 0);

public sealed class TransferQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    private DateOnly Today => Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);

    /// <summary>Requests to the holding department: open ones by due date, then the latest answered.</summary>
    public async Task<IReadOnlyList<TransferRow>> ForDepartmentAsync(string departmentCode, int take = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var open = await db.MaterialTransfers.AsNoTracking()
            .Where(t => t.HoldingDepartmentCode == departmentCode && t.State == TransferState.Requested)
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(take).ToListAsync(ct);
        var done = await db.MaterialTransfers.AsNoTracking()
            .Where(t => t.HoldingDepartmentCode == departmentCode && t.State != TransferState.Requested)
            .OrderByDescending(t => t.SuppliedAt).Take(10).ToListAsync(ct);
        return open.Concat(done).Select(t => new TransferRow(t.Id, t.Version, t.CaseNumber, t.MaterialName, t.RequestingDepartmentName, t.ApplicantName,
            t.ApplicantIdNumber, t.RequestedAt, t.DueOn, t.IsOverdue(today), t.State, t.SuppliedBy, t.SuppliedAt)).ToList();
    }

    public async Task<TransferFigures> FiguresOfDepartmentAsync(string departmentCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var open = db.MaterialTransfers.AsNoTracking().Where(t => t.State == TransferState.Requested);
        return new TransferFigures(
            await open.CountAsync(t => t.HoldingDepartmentCode == departmentCode, ct),
            await open.CountAsync(t => t.HoldingDepartmentCode == departmentCode && t.DueOn < today, ct),
            await open.CountAsync(t => t.RequestingDepartmentCode == departmentCode && t.DueOn < today, ct));
    }

    /// <summary>Open requests of the cases a hall took in, and how many are past their date (the manager's alert).</summary>
    public async Task<TransferFigures> FiguresOfHallAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var open = db.MaterialTransfers.AsNoTracking().Where(t => t.HallCode == hallCode && t.State == TransferState.Requested);
        return new TransferFigures(await open.CountAsync(ct), await open.CountAsync(t => t.DueOn < today, ct));
    }

    public async Task<IReadOnlyList<OpenTransfer>> OpenOfCaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MaterialTransfers.AsNoTracking().Where(t => t.CaseNumber == caseNumber && t.State == TransferState.Requested).OrderBy(t => t.Id)
            .Select(t => new OpenTransfer(t.Id, t.Version, t.HoldingDepartmentCode)).ToListAsync(ct);
    }

    /// <summary>The case's 流转 (the page has checked the need to know).</summary>
    public async Task<IReadOnlyList<TransferView>> OfCaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var transfers = await db.MaterialTransfers.AsNoTracking().Where(t => t.CaseNumber == caseNumber).OrderBy(t => t.Id).ToListAsync(ct);
        return transfers.Select(t => new TransferView(t.MaterialKey, t.MaterialName, t.HoldingDepartmentName, t.State, t.DueOn, t.IsOverdue(today),
            t.SuppliedBy, t.SuppliedAt, t.FileId is { } id ? MaterialFileEndpoints.Link(id) : null, t.Note)).ToList();
    }
}
