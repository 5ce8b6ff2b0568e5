using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// Checks a booking's code before the booking is written, in a write of its own so that a wrong try counts even
/// though the booking is refused; the booking then uses the code in its own transaction (<see cref="UseAsync"/>).
/// </summary>
public sealed class VerificationCodeCheck(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public const string Field = "verificationCode";

    /// <returns>The code's row id, for <see cref="UseAsync"/>.</returns>
    public async Task<long> CheckAsync(string phone, string purpose, string code, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, "code:" + phone, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var newest = await write.Db.VerificationCodes
            .Where(c => c.Phone == phone && c.Purpose == purpose)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(ct);
        if (newest is null || now >= newest.ExpiresAt)
        {
            throw new InputException(Field, "Verification.Expired");
        }

        if (newest.UsedAt is not null)
        {
            throw new InputException(Field, "Verification.Used");
        }

        if (newest.WrongTries >= VerificationCode.MaxWrongTries)
        {
            throw new InputException(Field, "Verification.Voided");
        }

        if (newest.Try(code))
        {
            return newest.Id;
        }

        await write.CommitAsync(ct);
        var left = VerificationCode.MaxWrongTries - newest.WrongTries;
        throw left > 0 ? new InputException(Field, "Verification.Wrong", left) : new InputException(Field, "Verification.Voided");
    }

    /// <summary>Inside the booking's write: the code is used with the booking, or not at all.</summary>
    public static async Task UseAsync(HallDeskDbContext db, long codeId, DateTime now, CancellationToken ct)
    {
        var row = await db.VerificationCodes.SingleAsync(c => c.Id == codeId, ct);
        if (!row.IsLive(now))
        {
            throw new InputException(Field, row.UsedAt is not null ? "Verification.Used" : "Verification.Expired");
        }

        row.Use(now);
    }
}
