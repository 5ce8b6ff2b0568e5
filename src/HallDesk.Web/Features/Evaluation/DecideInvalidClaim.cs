using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>审批无效: approving an invalid claim closes the order; rejecting it sends the order to fixing.</summary>
public sealed class DecideInvalidClaim(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(Actor actor, string number, bool approve, CancellationToken ct = default) =>
        RectificationStep.RunAsync(dbFactory, gate, time, actor, number, "rectification.invalid", (r, now) => r.DecideInvalid(approve, actor.UserName, now), ct);
}
