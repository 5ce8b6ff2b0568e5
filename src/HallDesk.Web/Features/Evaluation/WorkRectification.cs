using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>The steps of a rectification order: verify, approve an invalid claim, fix, call back, close. Each is audited.</summary>
public sealed class WorkRectification(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task VerifyAsync(Actor actor, string number, bool valid, string note, CancellationToken ct = default) =>
        StepAsync(actor, number, "rectification.verify", (r, now) => r.Verify(valid, note, actor.UserName, now), ct);

    public Task DecideInvalidAsync(Actor actor, string number, bool approve, CancellationToken ct = default) =>
        StepAsync(actor, number, "rectification.invalid", (r, now) => r.DecideInvalid(approve, actor.UserName, now), ct);

    public Task FixAsync(Actor actor, string number, string measures, CancellationToken ct = default) =>
        StepAsync(actor, number, "rectification.fix", (r, now) => r.Fix(measures, actor.UserName, now), ct);

    public Task CallBackAsync(Actor actor, string number, bool contacted, string outcome, bool? satisfied, CancellationToken ct = default) =>
        StepAsync(actor, number, "rectification.callback", (r, now) => r.CallBack(contacted, outcome, satisfied, actor.UserName, now), ct);

    public Task CloseAsync(Actor actor, string number, CancellationToken ct = default) =>
        StepAsync(actor, number, "rectification.close", (r, now) => r.Close(actor.UserName, now), ct);

    private async Task StepAsync(Actor actor, string number, string action, Action<Rectification, DateTime> step, CancellationToken ct)
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
