using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>内部流转 by confirmation: 已从本部门系统核验, with a note saying where. Audited.</summary>
public sealed class ConfirmMaterialTransfer(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public sealed record Command(long TransferId, int SeenVersion, string Note);

    public async Task HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        try
        {
            await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
            var (transfer, staff) = await TransferAnswer.LoadAsync(write.Db, actor, command.TransferId, command.SeenVersion, ct);
            var now = time.GetUtcNow().UtcDateTime;
            transfer.Confirm(command.Note, staff.DisplayName, now);
            write.Audit(now, actor, "transfer.confirm", transfer.CaseNumber, $"{transfer.MaterialName}：{transfer.HoldingDepartmentName}已从本部门系统核验；{transfer.Note}");
            await write.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Review.ChangedMeanwhile");
        }
    }
}
