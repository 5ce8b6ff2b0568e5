using HallDesk.Data;
using HallDesk.Web.Features.Review;

namespace HallDesk.Web.Features.Intake;

/// <summary>容缺材料补齐 at the window: the owed materials are received (audited); once none is owed the departments may approve.</summary>
public sealed class ReceiveOwedMaterials(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.owed-received", c => c.Case.ReceiveOwedMaterials(keys, c.Staff.DisplayName, c.Now), ct);
}
