using HallDesk.Data;

namespace HallDesk.Web.Features.Online;

/// <summary>网上预审 → 不予受理, with the reason the citizen reads at /progress.</summary>
public sealed class RejectOnlineApplication(Microsoft.EntityFrameworkCore.IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public async Task HandleAsync(string number, string reason, Actor actor, CancellationToken ct = default)
    {
        var (application, clerk, write) = await OnlineDesk.OpenAsync(dbFactory, gate, number, actor, ct);
        await using (write)
        {
            var now = time.GetUtcNow().UtcDateTime;
            application.Reject(reason, clerk, now);
            write.Audit(now, actor, "online.reject", number, application.RejectReason!);
            await write.CommitAsync(ct);
        }
    }
}
