using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// What answering a 流转 request needs, in one write: the request, and the answering staff member, who must be a reviewer
/// of the holding department (need to know: nobody else learns the request exists).
/// </summary>
internal static class TransferAnswer
{
    public static async Task<(MaterialTransfer Transfer, StaffUser Staff)> LoadAsync(HallDeskDbContext db, Actor actor, long transferId, int seenVersion,
        CancellationToken ct)
    {
        var staff = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId, ct);
        var reviewer = await db.UserRoles.Where(ur => ur.UserId == actor.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(name => name == Roles.Reviewer, ct);
        var transfer = await db.MaterialTransfers.SingleOrDefaultAsync(t => t.Id == transferId, ct);
        if (transfer is null || !reviewer || staff.DepartmentCode is null || transfer.HoldingDepartmentCode != staff.DepartmentCode)
        {
            throw new DomainException("MaterialTransfer.NotFound");
        }

        if (transfer.Version != seenVersion)
        {
            throw new DomainException("Review.ChangedMeanwhile");
        }

        return (transfer, staff);
    }
}
