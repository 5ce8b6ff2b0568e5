using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Intake;

/// <summary>
/// 窗口送达 (出件): the result is handed over at the output window of the hall the citizen chose (全区通办), to the
/// applicant, the agent or a 代收人 whose ID document matches the case. A refused handover changes nothing and is audited.
/// </summary>
public sealed class DeliverCaseAtWindow(CaseDesk desk, IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public async Task HandleAsync(Actor actor, string caseNumber, Collector collector, CancellationToken ct = default)
    {
        try
        {
            await desk.RunAsync(actor, caseNumber, "case.deliver",
                c => c.Case.DeliverAtWindow(collector, c.Staff.DisplayName, c.Staff.HallCode, c.Now), ct);
        }
        catch (DomainException ex) when (IsCollectorCheck(ex.Key))
        {
            await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
            write.Audit(time.GetUtcNow().UtcDateTime, actor, "case.deliver", caseNumber, $"{ex.Key}；{collector.Kind}", AuditOutcome.Failed);
            await write.CommitAsync(ct);
            throw;
        }
    }

    private static bool IsCollectorCheck(string key) =>
        key is "Case.CollectorNotApplicant" or "Case.CollectorNotAgent" or "Case.ProxyWithoutApplicantDocument" or "Case.NoAgentOnCase"
            or "Case.CollectorIdLast4Invalid";
}
