using HallDesk.Domain;
using HallDesk.Domain.Catalog;
using HallDesk.Data;
using HallDesk.Web.Features.Guide;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// The district keeps a department's legal names: the full name its decisions are issued in, the short name of its 文号
/// series, its 复议机关 and court (empty: the district's defaults). Documents issued before keep what they printed.
/// </summary>
public sealed class EditDepartment(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time, PublicCatalog publicCatalog)
{
    public sealed record Change(string Code, string FullName, string ShortName, string AppealBody, string Court);

    public async Task<IReadOnlyList<Department>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Code).ToListAsync(ct);
    }

    public async Task HandleAsync(Actor actor, Change change, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "catalog.department", change.Code, ct))
        {
            throw new DomainException(EditCatalog.DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var department = await write.Db.Departments.SingleOrDefaultAsync(d => d.Code == change.Code, ct)
            ?? throw new DomainException("Department.NotFound", change.Code);
        var before = $"{department.IssuingName}/{department.ShortName}/{department.AppealBody}/{department.Court}";
        department.SetLegalNames(change.FullName, change.ShortName, change.AppealBody, change.Court);
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "catalog.department", department.Code,
            $"{before} → {department.IssuingName}/{department.ShortName}/{department.AppealBody}/{department.Court}");
        await write.CommitAsync(ct);
        publicCatalog.Invalidate();
    }
}
