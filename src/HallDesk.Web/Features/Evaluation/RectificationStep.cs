using HallDesk.Data;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain;
using HallDesk.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>The frame of each step on a rectification order: one write scope, the order of the manager's own hall, the audit line.</summary>
internal static class RectificationStep
{
    public static async Task RunAsync(
        IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time,
        Actor actor, string number, string action, Action<Rectification, DateTime> step, CancellationToken ct)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var hall = await write.Db.Users.Where(u => u.Id == actor.UserId).Select(u => u.HallCode).SingleOrDefaultAsync(ct);
        var r = await write.Db.Rectifications.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (r is null || r.HallCode != hall)
        {
            // Another hall's orders are not this manager's to work, nor to know of.
            throw new DomainException("Rectification.NotInHall", number);
        }

        var now = time.GetUtcNow().UtcDateTime;
        step(r, now);
        write.Audit(now, actor, action, number, Texts.Label(r.Status, Texts.Chinese));
        await write.CommitAsync(ct);
    }
}
