using HallDesk.Domain;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>The manager pairs a counter's rating pad (评价器) with a code, or unpairs it with an empty one; the pad then opens /pad/{code}.</summary>
public sealed class PairRatingPad(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public sealed record Command(string HallCode, int CounterNumber, string? PadCode);

    public async Task<string?> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var counter = await write.Db.Counters.SingleOrDefaultAsync(c => c.HallCode == command.HallCode && c.Number == command.CounterNumber, ct)
            ?? throw new DomainException("Counter.NotInHall", command.CounterNumber);
        var before = counter.PadCode;
        counter.PairPad(command.PadCode);
        // The code is unique across halls (one pad, one window): say so instead of failing on the index.
        if (counter.PadCode is { } code && await write.Db.Counters.AnyAsync(c => c.PadCode == code && c.Id != counter.Id, ct))
        {
            throw new DomainException("Counter.PadCodeTaken", code);
        }

        write.Audit(time.GetUtcNow().UtcDateTime, actor, "counter.pad", $"{command.HallCode}-{command.CounterNumber}", $"{before ?? "—"} → {counter.PadCode ?? "—"}");
        await write.CommitAsync(ct);
        return counter.PadCode;
    }
}
