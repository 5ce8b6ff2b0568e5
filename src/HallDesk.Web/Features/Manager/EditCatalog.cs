using System.Globalization;
using HallDesk.Domain;
using HallDesk.Domain.Catalog;
using HallDesk.Data;
using HallDesk.Web.Features.Guide;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// The district adjusts catalog items: time limits and the 即办 / 告知承诺 flags; new cases in every hall use the new
/// values, so only a district role changes them (departments come from the catalog file; bundles are kept with <see cref="SaveBundle"/>, <see cref="RetireBundle"/> and <see cref="MoveBundle"/>).
/// </summary>
public sealed class EditCatalog(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time, PublicCatalog publicCatalog)
{
    public const string DistrictOnly = "Catalog.DistrictOnly";

    public sealed record ItemChange(string Code, int? LegalDays, int PromisedDays, bool Instant, bool Commitment);

    public async Task<(IReadOnlyList<ServiceItem> Items, IReadOnlyList<Bundle> Bundles, IReadOnlyDictionary<string, string> Departments)> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (
            await db.ServiceItems.AsNoTracking().OrderBy(i => i.DepartmentCode).ThenBy(i => i.Code).ToListAsync(ct),
            await db.Bundles.AsNoTracking().OrderBy(b => b.Retired).ThenBy(b => b.SortOrder).ThenBy(b => b.Code).ToListAsync(ct),
            await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.ShortName, ct));
    }

    public async Task UpdateAsync(Actor actor, ItemChange change, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "catalog.item", change.Code, ct))
        {
            throw new DomainException(DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var item = await write.Db.ServiceItems.SingleOrDefaultAsync(i => i.Code == change.Code, ct)
            ?? throw new DomainException("Item.NotFound", change.Code);
        var before = $"法定{item.LegalDays?.ToString(CultureInfo.InvariantCulture) ?? "—"}/承诺{item.PromisedDays} 即办{item.Instant} 承诺{item.Commitment}";
        item.SetTimeLimits(change.LegalDays, change.PromisedDays);
        item.SetFlags(change.Instant, change.Commitment);
        var catalog = await write.Db.ServiceItems.ToListAsync(ct);
        foreach (var bundle in await write.Db.Bundles.AsNoTracking().ToListAsync(ct))
        {
            // A longer item may not break the promise of a bundle it belongs to.
            if (bundle.ItemCodes.Contains(item.Code))
            {
                bundle.EnsurePromiseKept(catalog);
            }
        }

        write.Audit(time.GetUtcNow().UtcDateTime, actor, "catalog.item", item.Code,
            $"{before} → 法定{change.LegalDays?.ToString(CultureInfo.InvariantCulture) ?? "—"}/承诺{change.PromisedDays} 即办{change.Instant} 承诺{change.Commitment}");
        await write.CommitAsync(ct);
        publicCatalog.Invalidate();
    }
}
