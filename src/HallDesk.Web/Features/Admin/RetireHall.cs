using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>
/// 停用大厅: the district retires a hall; from then on its kiosk and the API refuse tickets, and it leaves /halls and the
/// choice lists. Its tickets, cases and documents stay. Refused while cases taken in or collected there are still open.
/// </summary>
public sealed class RetireHall(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, QueueNotifier notifier, TimeProvider time)
{
    public async Task HandleAsync(string hallCode, Actor actor, CancellationToken ct = default)
    {
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "hall.retire", hallCode, ct))
        {
            throw new DomainException(CreateHall.DistrictOnly);
        }

        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var hall = await write.Db.Halls.SingleOrDefaultAsync(h => h.Code == hallCode, ct)
                ?? throw new DomainException("Hall.CodeNotFound", hallCode);
            var open = await write.Db.Cases.CountAsync(
                c => (c.HallCode == hallCode || c.DeliveryHallCode == hallCode)
                    && c.Status != CaseStatus.NotAccepted && c.Status != CaseStatus.Delivered,
                ct);
            if (open > 0)
            {
                throw new DomainException("Hall.RetireWithOpenCases", hall.Name, open);
            }

            var now = time.GetUtcNow().UtcDateTime;
            hall.Retire(now);
            write.Audit(now, actor, "hall.retire", hall.Code, hall.Name);
            await write.CommitAsync(ct);
        }

        // Open kiosks and boards take a fresh snapshot: the kiosk shows that the hall no longer issues tickets.
        await notifier.PublishAsync(new HallChangedEvent(hallCode));
    }
}
