using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Review;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// 特别程序延期: the hall manager lets a department's 特别程序 stop its clock longer than the item's cap, by so many working
/// days and for a reason; audited. Only a manager of the case's hall may (checked here, not only by the page).
/// </summary>
public sealed class ApproveSuspensionExtension(CaseDesk desk)
{
    public Task HandleAsync(StaffMember manager, string caseNumber, string departmentCode, int days, string reason, CancellationToken ct = default) =>
        desk.RunAsync(manager.Actor, caseNumber, "review.suspension-extend", c =>
        {
            if (!manager.Roles.Contains(Roles.Manager) || manager.HallCode != c.Case.HallCode)
            {
                throw new DomainException("Review.ExtensionManagerOnly");
            }

            c.Case.ExtendSuspension(departmentCode, days, reason, c.Staff.DisplayName, c.Now);
        }, ct);
}
