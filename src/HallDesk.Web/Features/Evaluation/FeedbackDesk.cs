using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.People;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>What the citizen sees of their request: no phone, the name masked.</summary>
public sealed record FeedbackProgress(string Number, string Kind, string Channel, string Contact, string Department, DateOnly Deadline, string Status, string? Answer, DateTime CreatedAt, DateTime? AnsweredAt);

/// <summary>诉求 (信息反馈): staff record requests from every channel, route them to a department with a deadline, answer them.</summary>
public sealed class FeedbackDesk(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, EvaluationSettings settings, TimeProvider time)
{
    public sealed record Request(string Channel, string Kind, string Content, string ContactName, string ContactPhone, string DepartmentCode);

    public async Task<string> RecordAsync(Actor actor, string hallCode, Request request, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
        if (request.DepartmentCode != "hall" && !await db.Departments.AnyAsync(d => d.Code == request.DepartmentCode, ct))
        {
            throw new DomainException("请选择承办部门。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var prefix = $"SQ{today:yyyyMMdd}";
        var seq = await db.Feedbacks.CountAsync(f => f.Number.StartsWith(prefix), ct) + 1;
        var feedback = Feedback.Record($"{prefix}{seq:000}", hall.Code, request.Channel, request.Kind, request.Content, request.ContactName, request.ContactPhone,
            request.DepartmentCode, await CalendarStore.LoadAsync(db, ct), today, settings.FeedbackDays, actor.UserName, now);
        db.Feedbacks.Add(feedback);
        write.Audit(now, actor, "feedback.record", feedback.Number, $"{feedback.Channel}·{feedback.Kind} → {feedback.DepartmentCode}");
        await write.CommitAsync(ct);
        return feedback.Number;
    }

    public async Task AnswerAsync(Actor actor, string number, string answer, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var feedback = await write.Db.Feedbacks.SingleOrDefaultAsync(f => f.Number == number, ct)
            ?? throw new DomainException($"没有诉求 {number}。");
        var now = time.GetUtcNow().UtcDateTime;
        feedback.Reply(answer, actor.UserName, now);
        write.Audit(now, actor, "feedback.answer", number, "");
        await write.CommitAsync(ct);
    }

    /// <summary>Null when the number and the phone's last four digits do not match (the caller cannot tell which).</summary>
    public async Task<FeedbackProgress?> FollowAsync(string number, string phoneLast4, CancellationToken ct = default)
    {
        if (phoneLast4.Length != 4)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var wanted = number.Trim().ToUpperInvariant();
        var f = await db.Feedbacks.AsNoTracking().SingleOrDefaultAsync(x => x.Number == wanted, ct);
        if (f is null || !f.ContactPhone.EndsWith(phoneLast4, StringComparison.Ordinal))
        {
            return null;
        }

        var department = await db.Departments.Where(d => d.Code == f.DepartmentCode).Select(d => d.Name).SingleOrDefaultAsync(ct) ?? "政务服务中心";
        return new FeedbackProgress(f.Number, f.Kind, f.Channel, PersonalDataMask.Name(f.ContactName), department, f.Deadline,
            f.Status == FeedbackStatus.Answered ? "已答复" : "办理中", f.Answer, f.CreatedAt, f.AnsweredAt);
    }
}
