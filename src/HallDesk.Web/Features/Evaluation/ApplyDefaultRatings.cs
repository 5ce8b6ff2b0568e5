using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// A visit or case not rated within the set days (7) counts as 基本满意, marked as a default rating and dated when the
/// days ran out (not when the job noticed: a job that was off, or a database written with history, must not pile a
/// week's defaults onto one day's figures).
/// </summary>
public sealed class ApplyDefaultRatings(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, EvaluationSettings settings, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-settings.DefaultAfterDays);

        var visits = await db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.Done && t.FinishedAt != null && t.FinishedAt <= cutoff)
            .Where(t => !db.Evaluations.Any(e => e.HallCode == t.HallCode && e.ServiceDate == t.ServiceDate && e.TicketNumber == t.Number))
            .ToListAsync(ct);
        var clerkIds = visits.Where(t => t.ClerkUserId != null).Select(t => t.ClerkUserId!).Distinct().ToList();
        var clerks = await db.Users.AsNoTracking().Where(u => clerkIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        foreach (var t in visits)
        {
            var clerk = t.ClerkUserId is { } id ? clerks.GetValueOrDefault(id) : null;
            db.Evaluations.Add(Domain.Evaluations.Evaluation.Create(t.HallCode, EvaluationChannel.Default, EvaluationLevel.Basic, null, null,
                new EvaluationSubject(t.Number, t.ServiceDate, null, null, null, null, t.CounterNumber, t.ClerkUserId, clerk, null), DueAt(t.FinishedAt!.Value)));
        }

        var cases = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Concluded || c.Status == CaseStatus.Delivered) && c.ConcludedAt != null && c.ConcludedAt <= cutoff)
            .Where(c => !db.Evaluations.Any(e => e.CaseNumber == c.CaseNumber && e.Channel != EvaluationChannel.Pad))
            .ToListAsync(ct);
        foreach (var c in cases)
        {
            db.Evaluations.Add(Domain.Evaluations.Evaluation.Create(c.HallCode, EvaluationChannel.Default, EvaluationLevel.Basic, null, null,
                SubmitEvaluation.SubjectOf(c) with { TicketNumber = null }, DueAt(c.ConcludedAt!.Value)));
        }

        DateTime DueAt(DateTime finished) => finished.AddDays(settings.DefaultAfterDays);

        var added = visits.Count + cases.Count;
        if (added > 0)
        {
            write.Audit(now, Actor.Anonymous(null, "系统"), "evaluation.default", $"{added}", $"{settings.DefaultAfterDays} 天未评价，默认基本满意");
        }

        await write.CommitAsync(ct);
        return added;
    }
}

/// <summary>Runs <see cref="ApplyDefaultRatings"/> at start and every Evaluation:DefaultRatingMinutes (60; 0 = off).</summary>
public sealed class DefaultRatingService(ApplyDefaultRatings job, EvaluationSettings settings, TimeProvider time, ILogger<DefaultRatingService> logger)
    : Infrastructure.PeriodicJob(time, logger)
{
    protected override TimeSpan? Period => settings.DefaultRatingMinutes > 0 ? TimeSpan.FromMinutes(settings.DefaultRatingMinutes) : null;

    protected override string What => "Default ratings given";

    protected override Task<int> RunOnceAsync(CancellationToken ct) => job.RunAsync(ct);
}
