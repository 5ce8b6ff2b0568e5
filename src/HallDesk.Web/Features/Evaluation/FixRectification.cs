using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>整改完成: the measures taken.</summary>
public sealed class FixRectification(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(Actor actor, string number, string measures, CancellationToken ct = default) =>
        RectificationStep.RunAsync(dbFactory, gate, time, actor, number, "rectification.fix", (r, now) => r.Fix(measures, actor.UserName, now), ct);
}
