using System.Security.Claims;
using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

public enum Access
{
    Allowed,
    Denied,
    NotFound,
}

/// <summary>
/// Who may open a case or a document (need to know): clerks and managers those of their own hall (the hall that took the
/// case in, or the hall the citizen collects at), reviewers those where their department has a task, a 代办点's agents those
/// their point took in, admins all. Every
/// look, allowed or denied, is written to the audit log with who, what, from where and how it ended.
/// </summary>
public sealed class NeedToKnow(IDbContextFactory<HallDeskDbContext> dbFactory, AuditWriter audit)
{
    /// <summary>The signed-in user with their hall and department, as the checks below take them.</summary>
    public Task<StaffMember> MemberAsync(ClaimsPrincipal user, string? address, CancellationToken ct = default) =>
        StaffMember.OfAsync(dbFactory, user, address, ct);

    /// <summary>The rule itself, over what it needs to know about the case.</summary>
    public static bool MayOpen(StaffMember who, string caseHall, string? collectionHall, IEnumerable<ReviewTask> tasks, string? agencyPoint = null)
    {
        if (who.IsAdmin)
        {
            return true;
        }

        // An agent belongs to the parent hall, yet sees only what their own point took in.
        if (who.IsAgent && agencyPoint is not null && agencyPoint == who.AgencyPointCode)
        {
            return true;
        }

        var ofHall = who.HallCode.Length > 0 && (who.HallCode == caseHall || who.HallCode == collectionHall);
        if (ofHall && (who.Roles.Contains(Roles.Clerk) || who.Roles.Contains(Roles.Manager)))
        {
            return true;
        }

        // A task delegated to a sub-hall (赋权) is its reviewers' to open, not the department's.
        return who.Roles.Contains(Roles.Reviewer) && tasks.Any(t => t.IsHeldBy(who.DepartmentCode, who.HallCode));
    }

    public async Task<Access> CaseAccessAsync(StaffMember who, string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kase = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber)
            .Select(c => new { c.Id, c.HallCode, c.DeliveryHallCode, c.AgencyPointCode }).SingleOrDefaultAsync(ct);
        if (kase is null)
        {
            return Access.NotFound;
        }

        var tasks = await db.ReviewTasks.AsNoTracking().Where(t => t.CaseId == kase.Id).ToListAsync(ct);
        return MayOpen(who, kase.HallCode, kase.DeliveryHallCode, tasks, kase.AgencyPointCode) ? Access.Allowed : Access.Denied;
    }

    /// <summary>Checks and audits one look at a case (<paramref name="where"/>: the screen, e.g. review, window).</summary>
    public async Task<Access> OpenCaseAsync(StaffMember who, string caseNumber, string where, CancellationToken ct = default)
    {
        var access = await CaseAccessAsync(who, caseNumber, ct);
        if (access != Access.NotFound)
        {
            await audit.WriteAsync(who.UserName, "case.view", caseNumber, where, who.Address,
                access == Access.Allowed ? AuditOutcome.Ok : AuditOutcome.Denied, ct);
        }

        return access;
    }

    /// <summary>A document: by its case's rule; a ticket slip (no case) to the staff of its hall.</summary>
    public async Task<Access> DocumentAccessAsync(StaffMember who, IssuedDocument document, CancellationToken ct = default)
    {
        if (document.CaseNumber is { } caseNumber)
        {
            var access = await CaseAccessAsync(who, caseNumber, ct);
            return access == Access.NotFound ? Access.Denied : access;
        }

        return who.IsAdmin || (who.HallCode == document.HallCode && (who.Roles.Contains(Roles.Clerk) || who.Roles.Contains(Roles.Manager)))
            ? Access.Allowed
            : Access.Denied;
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may change district-wide data (calendar, catalog, departments, bundles): Admin or
    /// DistrictManager, read from the account, not from the page. A refusal is audited.
    /// </summary>
    public async Task<bool> MayChangeDistrictDataAsync(Actor actor, string action, string subject, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var allowed = await db.UserRoles.Where(ur => ur.UserId == actor.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(name => name == Roles.Admin || name == Roles.DistrictManager, ct);
        if (!allowed)
        {
            await audit.WriteAsync(actor.UserName, action, subject, "区级数据仅区级管理员可修改", actor.Address, AuditOutcome.Denied, ct);
        }

        return allowed;
    }
}
