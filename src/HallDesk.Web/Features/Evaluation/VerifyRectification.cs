using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>核实: the manager finds the bad rating valid (to be fixed) or invalid (to be approved as such), with a note.</summary>
public sealed class VerifyRectification(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(Actor actor, string number, bool valid, string note, CancellationToken ct = default) =>
        RectificationStep.RunAsync(dbFactory, gate, time, actor, number, "rectification.verify", (r, now) => r.Verify(valid, note, actor.UserName, now), ct);
}
