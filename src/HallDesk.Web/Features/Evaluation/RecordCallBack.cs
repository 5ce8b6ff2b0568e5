using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>回访: whether the citizen was reached, what they said, whether they are satisfied now.</summary>
public sealed class RecordCallBack(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(Actor actor, string number, bool contacted, string outcome, bool? satisfied, CancellationToken ct = default) =>
        RectificationStep.RunAsync(dbFactory, gate, time, actor, number, "rectification.callback", (r, now) => r.CallBack(contacted, outcome, satisfied, actor.UserName, now), ct);
}
