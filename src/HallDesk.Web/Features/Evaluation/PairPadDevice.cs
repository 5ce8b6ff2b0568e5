using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// The tablet enters the pairing code once and becomes its counter's rating pad: it receives a long random
/// device secret (kept in its cookie), of which the server keeps only the hash. A tablet already paired to
/// another counter leaves that one; a counter's earlier tablet stops working (re-pairing). Both are audited.
/// </summary>
public sealed class PairPadDevice(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    /// <summary>Malformed, unknown, used or expired: one answer (the domain's), so that a probe learns nothing.</summary>
    public const string InvalidCode = "Pad.CodeInvalid";

    /// <param name="Code">What the tablet typed.</param>
    /// <param name="PreviousSecret">The secret the browser holds already, if any (a pad moved to another counter).</param>
    public sealed record Command(string? Code, string? PreviousSecret);

    public sealed record Paired(string DeviceSecret, string HallCode, int CounterNumber);

    /// <param name="device">The tablet: anonymous, with its address. A browser signed in as staff cannot become a pad.</param>
    public async Task<Paired> HandleAsync(Command command, Actor device, CancellationToken ct = default)
    {
        if (device.UserId.Length > 0)
        {
            throw new DomainException("Pad.SignedInBrowser");
        }

        var code = PadSecrets.NormalizeCode(command.Code) ?? throw new DomainException(InvalidCode);
        var codeHash = PadSecrets.Hash(code);
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var pad = await db.RatingPads.SingleOrDefaultAsync(p => p.PairingCodeHash == codeHash, ct)
            ?? throw new DomainException(InvalidCode);
        var now = time.GetUtcNow().UtcDateTime;
        var secret = PadSecrets.NewDeviceSecret();
        var replaced = pad.Pair(codeHash, PadSecrets.Hash(secret), now);
        var subject = $"{pad.HallCode}-{pad.CounterNumber}";

        if (command.PreviousSecret is { Length: > 0 } previous)
        {
            var previousHash = PadSecrets.Hash(previous);
            var left = await db.RatingPads.SingleOrDefaultAsync(p => p.SecretHash == previousHash && p.Id != pad.Id, ct);
            if (left is not null)
            {
                left.Unpair();
                write.Audit(now, device, "pad.unpair", $"{left.HallCode}-{left.CounterNumber}", $"该评价器改配到 {subject}");
            }
        }

        write.Audit(now, device, replaced ? "pad.repair" : "pad.pair", subject, replaced ? "新评价器配对，原评价器失效" : "评价器配对");
        await write.CommitAsync(ct);
        return new Paired(secret, pad.HallCode, pad.CounterNumber);
    }
}
