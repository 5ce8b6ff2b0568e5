using HallDesk.Domain;
using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// The shared frame of every step on an existing case (correction, review, delivery): one write
/// scope, the case with its tasks, the calendar, the staff member, the audit line. A concurrent
/// change (optimistic concurrency) becomes a clear message and nothing is written.
/// </summary>
public sealed class CaseDesk(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, DocumentArchive archive, CaseNotices notices,
    StageLicences licences, CommitmentChecks checks, MaterialTransfers transfers, TimeProvider time)
{
    public async Task RunAsync(Actor actor, string caseNumber, string action, Action<CaseContext> step, CancellationToken ct)
    {
        try
        {
            await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
            var db = write.Db;
            var staff = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId, ct);
            var @case = await db.Cases.Include(c => c.Tasks).SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct)
                ?? throw new DomainException("Case.NotFound", caseNumber);
            var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == @case.HallCode, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var before = CaseSnapshot.Of(@case);
            var noticed = CaseNoticeState.Of(@case);
            var calendar = await CalendarStore.LoadAsync(db, ct);
            step(new CaseContext(@case, calendar, hall.LocalDate(now), now, staff));
            await licences.RegisterDueAsync(db, @case, now, ct);
            checks.OpenDue(db, before, @case, calendar, hall.LocalDate(now));
            // A stage that opened asks the departments holding its materials (内部流转).
            await transfers.OpenDueAsync(write, actor, @case, calendar, hall.LocalDate(now), now, ct);
            await archive.IssueDueAsync(db, before, @case, staff.DisplayName, ct);
            await notices.AddDueAsync(write, noticed, @case, hall.Name, now, ct);
            write.Audit(now, actor, action, caseNumber, Texts.Label(@case.Status, Texts.Chinese));
            await write.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Case.ChangedMeanwhile");
        }
    }
}

public sealed record CaseContext(Case Case, WorkCalendar Calendar, DateOnly Today, DateTime Now, StaffUser Staff)
{
    /// <summary>
    /// Reviewers act for their own department only, and a sub-hall's reviewers for the tasks delegated to their hall (赋权):
    /// the department of the task the staff member holds. A department's task delegated to a sub-hall is not its reviewers'.
    /// </summary>
    public string Department =>
        Case.TaskHeldBy(Staff.DepartmentCode, Staff.HallCode)?.DepartmentCode
        ?? (Case.Tasks.Any(t => t.DepartmentCode == Staff.DepartmentCode)
            ? throw new DomainException("Review.DelegatedElsewhere")
            : Staff.DepartmentCode ?? throw new DomainException("Review.NoDepartment"));

    /// <summary>The staff member as a signer of a two-step sign-off: their account tells two people apart.</summary>
    public ReviewSigner Signer => new(Staff.DisplayName, Staff.UserName ?? Staff.Id, Staff.CanApprove);
}
