using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// 内部流转 by a file: the holding department's reviewer attaches the document (checked by content and size when staged);
/// it becomes one of the case's material files, seen with the case's need to know. Audited.
/// </summary>
public sealed class SupplyMaterialTransfer(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public sealed record Command(long TransferId, int SeenVersion, string? FileName);

    public async Task HandleAsync(Command command, StagedFile file, Actor actor, CancellationToken ct = default)
    {
        try
        {
            await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
            var db = write.Db;
            var (transfer, staff) = await TransferAnswer.LoadAsync(db, actor, command.TransferId, command.SeenVersion, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var stored = MaterialFile.Of(transfer.HallCode, transfer.MaterialKey, transfer.MaterialName, command.FileName, file.Sha256, file.Size,
                file.ContentType, now, $"{staff.DisplayName}（{transfer.HoldingDepartmentName}）", caseNumber: transfer.CaseNumber);
            db.MaterialFiles.Add(stored);
            transfer.Supply(stored.PublicId, staff.DisplayName, now);
            write.Audit(now, actor, "transfer.supply", transfer.CaseNumber, $"{transfer.MaterialName}：{transfer.HoldingDepartmentName}已流转；{file.Sha256}");
            file.Keep();
            await write.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Review.ChangedMeanwhile");
        }
    }
}
