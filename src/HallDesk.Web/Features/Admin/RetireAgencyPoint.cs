using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>停用代办点: its agents take in nothing more; the cases it took in stay the parent hall's, with their history.</summary>
public sealed class RetireAgencyPoint(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time)
{
    public async Task HandleAsync(string code, Actor actor, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "agency.retire", code, ct))
        {
            throw new DomainException(CreateAgencyPoint.DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var point = await write.Db.AgencyPoints.SingleOrDefaultAsync(p => p.Code == code, ct)
            ?? throw new DomainException("AgencyPoint.NotFound", code);
        var now = time.GetUtcNow().UtcDateTime;
        point.Retire(now);
        write.Audit(now, actor, "agency.retire", point.Code, point.Name);
        await write.CommitAsync(ct);
    }
}
