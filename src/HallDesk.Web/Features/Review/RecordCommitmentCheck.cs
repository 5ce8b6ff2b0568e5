using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// 事后核查: the reviewer records 核查属实 or 不实 with the findings. 不实 issues the department's 撤销决定书 and
/// puts the applicant on the 失信承诺 list; all in one write, audited.
/// </summary>
public sealed class RecordCommitmentCheck(
    IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, DocumentArchive archive, CommitmentChecks checks, TimeProvider time)
{
    public sealed record Command(long CheckId, int SeenVersion, bool Truthful, string Findings);

    /// <returns>The 撤销决定书 when the commitment was found untrue.</returns>
    public async Task<DocumentRef?> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        try
        {
            await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
            var db = write.Db;
            var staff = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId, ct);
            var check = await db.CommitmentChecks.SingleOrDefaultAsync(c => c.Id == command.CheckId, ct);
            if (check is null || check.DepartmentCode != staff.DepartmentCode)
            {
                throw new DomainException("Commitment.CheckNotFound");
            }

            if (check.Version != command.SeenVersion)
            {
                throw new DomainException("Review.ChangedMeanwhile");
            }

            var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == check.HallCode, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var listed = check.Record(command.Truthful, command.Findings, staff.DisplayName, hall.LocalDate(now), now, checks.ListMonths);
            IssuedDocument? revocation = null;
            if (listed is not null)
            {
                db.BrokenCommitments.Add(listed);
                var @case = await db.Cases.AsNoTracking().Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == check.CaseNumber, ct);
                revocation = await archive.IssueAsync(db, DocumentKind.Revocation, @case, staff.DisplayName, ct, check);
            }

            write.Audit(now, actor, "commitment.check", check.CaseNumber,
                $"{check.DepartmentName}：{(command.Truthful ? "核查属实" : "核查不实")}；{check.Findings}" +
                (listed is null ? "" : $"；记入失信承诺名单至{listed.ExpiresOn:yyyy-MM-dd}"));
            await write.CommitAsync(ct);
            return revocation is null ? null : DocumentRef.Of(revocation);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Review.ChangedMeanwhile");
        }
    }
}
