using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>诉求登记: staff record a request from any channel and route it to a department with a deadline in working days.</summary>
public sealed class RecordFeedback(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, EvaluationSettings settings, TimeProvider time)
{
    public sealed record Command(string Channel, string Kind, string Content, string ContactName, string ContactPhone, string DepartmentCode);

    /// <returns>The request's number (<c>SQ</c> + day + the day's sequence).</returns>
    public async Task<string> HandleAsync(Actor actor, string hallCode, Command command, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
        if (command.DepartmentCode != "hall" && !await db.Departments.AnyAsync(d => d.Code == command.DepartmentCode, ct))
        {
            throw new DomainException("Feedback.DepartmentRequired");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var prefix = $"SQ{today:yyyyMMdd}";
        var seq = await db.Feedbacks.CountAsync(f => f.Number.StartsWith(prefix), ct) + 1;
        var feedback = Feedback.Record($"{prefix}{seq:000}", hall.Code, command.Channel, command.Kind, command.Content, command.ContactName, command.ContactPhone,
            command.DepartmentCode, await CalendarStore.LoadAsync(db, ct), today, settings.FeedbackDays, actor.UserName, now);
        db.Feedbacks.Add(feedback);
        write.Audit(now, actor, "feedback.record", feedback.Number, $"{feedback.Channel}·{feedback.Kind} → {feedback.DepartmentCode}");
        await write.CommitAsync(ct);
        return feedback.Number;
    }
}
