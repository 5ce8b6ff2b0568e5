using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// The manager shows a one-time pairing code for a counter's rating pad: valid for ten minutes, for one tablet.
/// Only its hash is kept; the code itself is shown once and never written to the audit log.
/// </summary>
public sealed class OfferPadPairing(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public sealed record Command(string HallCode, int CounterNumber);

    public sealed record Offer(string Code, DateTime ExpiresAt);

    public async Task<Offer> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        if (!await db.Counters.AnyAsync(c => c.HallCode == command.HallCode && c.Number == command.CounterNumber, ct))
        {
            throw new DomainException("Counter.NotInHall", command.CounterNumber);
        }

        var pad = await db.RatingPads.SingleOrDefaultAsync(p => p.HallCode == command.HallCode && p.CounterNumber == command.CounterNumber, ct);
        if (pad is null)
        {
            pad = RatingPad.For(command.HallCode, command.CounterNumber);
            db.RatingPads.Add(pad);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var code = PadSecrets.NewPairingCode();
        pad.OfferPairing(PadSecrets.Hash(code), now);
        write.Audit(now, actor, "pad.offer", $"{command.HallCode}-{command.CounterNumber}", $"生成评价器配对码，{RatingPad.PairingCodeLifetime.TotalMinutes:0} 分钟内有效");
        await write.CommitAsync(ct);
        return new Offer(code, pad.PairingCodeExpiresAt!.Value);
    }
}
