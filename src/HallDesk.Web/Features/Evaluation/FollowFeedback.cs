using HallDesk.Data;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>What the citizen sees of their request: no phone, the name masked.</summary>
public sealed record FeedbackProgress(string Number, string Kind, string Channel, string Contact, string Department, DateOnly Deadline, string Status, string? Answer, DateTime CreatedAt, DateTime? AnsweredAt);

/// <summary>诉求查询: the citizen follows their request with its number and the phone's last four digits.</summary>
public sealed class FollowFeedback(IDbContextFactory<HallDeskDbContext> dbFactory, SecretLimit secrets)
{
    /// <summary>
    /// The request when the number and the phone's last four digits match (no value otherwise: the caller cannot tell
    /// which); after five misses in an hour the number answers "try later" to everyone (<see cref="SecretLimit"/>).
    /// </summary>
    public async Task<Guarded<FeedbackProgress>> HandleAsync(string number, string phoneLast4, CancellationToken ct = default)
    {
        var wanted = number.Trim().ToUpperInvariant();
        if (phoneLast4.Length != 4 || !phoneLast4.All(char.IsAsciiDigit) || wanted.Length is 0 or > 32)
        {
            return new Guarded<FeedbackProgress>(null, null);
        }

        return await secrets.CheckAsync("feedback", wanted, c => FindAsync(wanted, phoneLast4, c), ct);
    }

    private async Task<FeedbackProgress?> FindAsync(string wanted, string phoneLast4, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
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
