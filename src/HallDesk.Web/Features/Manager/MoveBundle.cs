using HallDesk.Domain;
using HallDesk.Data;
using HallDesk.Web.Features.Guide;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>The district moves a 一件事 one place up the list (search hits and the catalog follow the order).</summary>
public sealed class MoveBundle(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time, PublicCatalog publicCatalog)
{
    public async Task HandleAsync(Actor actor, string code, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "catalog.bundle", code, ct))
        {
            throw new DomainException(EditCatalog.DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var ordered = await write.Db.Bundles.OrderBy(b => b.SortOrder).ThenBy(b => b.Code).ToListAsync(ct);
        var index = ordered.FindIndex(b => b.Code == code);
        if (index < 0)
        {
            throw new DomainException("Bundle.NotFound", code);
        }

        if (index == 0)
        {
            return;
        }

        // Renumber the whole list so that equal or missing orders (bundles older than the column) end up distinct.
        (ordered[index - 1], ordered[index]) = (ordered[index], ordered[index - 1]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }

        write.Audit(time.GetUtcNow().UtcDateTime, actor, "catalog.bundle", code, $"排序上移至第{index}位");
        await write.CommitAsync(ct);
        publicCatalog.Invalidate();
    }
}
