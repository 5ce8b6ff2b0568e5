using HallDesk.Domain;
using HallDesk.Data;
using HallDesk.Web.Features.Guide;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>The district retires a 一件事 (no longer offered at intake) or offers it again; cases already taken in are untouched.</summary>
public sealed class RetireBundle(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time, PublicCatalog publicCatalog)
{
    public async Task HandleAsync(Actor actor, string code, bool retire, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "catalog.bundle", code, ct))
        {
            throw new DomainException(EditCatalog.DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var bundle = await write.Db.Bundles.SingleOrDefaultAsync(b => b.Code == code, ct) ?? throw new DomainException("Bundle.NotFound", code);
        if (retire)
        {
            bundle.Retire();
        }
        else
        {
            bundle.Reinstate();
        }

        write.Audit(time.GetUtcNow().UtcDateTime, actor, "catalog.bundle", code, retire ? "停用" : "重新启用");
        await write.CommitAsync(ct);
        publicCatalog.Invalidate();
    }
}
