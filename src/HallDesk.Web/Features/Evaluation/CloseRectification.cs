using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>关闭: the order ends (a real-name order only after its call-back); on time or late against its deadline.</summary>
public sealed class CloseRectification(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(Actor actor, string number, CancellationToken ct = default) =>
        RectificationStep.RunAsync(dbFactory, gate, time, actor, number, "rectification.close", (r, now) => r.Close(actor.UserName, now), ct);
}
