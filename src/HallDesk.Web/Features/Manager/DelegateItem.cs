using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Catalog;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Guide;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// 赋权: the district delegates an item to a sub-hall (or takes it back). New cases of the item taken in there are reviewed by
/// the hall's own reviewers; cases already taken in keep their reviewers.
/// </summary>
public sealed class DelegateItem(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time, PublicCatalog publicCatalog)
{
    public async Task HandleAsync(Actor actor, string itemCode, string hallCode, bool delegated, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "catalog.delegate", $"{itemCode}@{hallCode}", ct))
        {
            throw new DomainException(EditCatalog.DistrictOnly);
        }

        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var item = await db.ServiceItems.AsNoTracking().SingleOrDefaultAsync(i => i.Code == itemCode, ct)
                ?? throw new DomainException("Item.NotFound", itemCode);
            var hall = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == hallCode, ct)
                ?? throw new DomainException("Hall.CodeNotFound", hallCode);
            var existing = await db.ItemDelegations.SingleOrDefaultAsync(d => d.ItemCode == itemCode && d.HallCode == hallCode, ct);
            var now = time.GetUtcNow().UtcDateTime;
            if (delegated)
            {
                if (hall.Level != HallLevel.SubHall || hall.IsRetired)
                {
                    throw new DomainException("Delegation.SubHallOnly", hall.Name);
                }

                if (existing is not null)
                {
                    throw new DomainException("Delegation.Exists", item.Name, hall.Name);
                }

                db.ItemDelegations.Add(new ItemDelegation(itemCode, hallCode, now));
            }
            else
            {
                db.ItemDelegations.Remove(existing ?? throw new DomainException("Delegation.NotFound", item.Name, hall.Name));
            }

            write.Audit(now, actor, "catalog.delegate", itemCode, $"{(delegated ? "赋权" : "收回")} {hall.Name}（{hall.Code}）：{item.Name}");
            await write.CommitAsync(ct);
        }

        publicCatalog.Invalidate();
    }
}
