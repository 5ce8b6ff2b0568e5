using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>The manager unpairs a counter's rating pad (lost, broken, moved): its secret stops working at once.</summary>
public sealed class UnpairRatingPad(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public sealed record Command(string HallCode, int CounterNumber);

    public async Task HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var pad = await write.Db.RatingPads.SingleOrDefaultAsync(p => p.HallCode == command.HallCode && p.CounterNumber == command.CounterNumber, ct)
            ?? throw new DomainException("Pad.NoneOnCounter", command.CounterNumber);
        pad.Unpair();
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "pad.unpair", $"{command.HallCode}-{command.CounterNumber}", "解除评价器配对");
        await write.CommitAsync(ct);
    }
}
