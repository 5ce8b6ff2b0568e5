using HallDesk.Data;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>What the citizen sees of their request: no phone, the name masked.</summary>
public sealed record FeedbackProgress(string Number, string Kind, string Channel, string Contact, string Department, DateOnly Deadline, string Status, string? Answer, DateTime CreatedAt, DateTime? AnsweredAt);

/// <summary>诉求查询: the citizen follows their request with its number and the phone's last four digits.</summary>
public sealed class FollowFeedback(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    /// <summary>Null when the number and the phone's last four digits do not match (the caller cannot tell which).</summary>
    public async Task<FeedbackProgress?> HandleAsync(string number, string phoneLast4, CancellationToken ct = default)
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
