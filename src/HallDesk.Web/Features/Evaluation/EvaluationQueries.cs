using HallDesk.Domain.Evaluations;
using HallDesk.Domain.People;
using HallDesk.Data;
using HallDesk.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

public enum FigureDimension
{
    Counter,
    Clerk,
    Department,
    Item,
    Day,
}

public sealed record FigureRow(string Key, SatisfactionFigures Figures);

/// <summary>The paired pad's view of its counter: who serves there.</summary>
public sealed record PadState(string HallCode, int CounterNumber, string CounterName, string? ClerkName, string? ClerkStaffNumber);

public sealed record RectificationRow(Rectification Order, bool Overdue, string DepartmentName);

/// <summary>One evaluation in the shape the provincial 好差评 platform takes (see README, "好差评 export").</summary>
public sealed record EvaluationExport(
    string Id,
    string Channel,
    string ChannelName,
    int Level,
    string LevelName,
    IReadOnlyList<string> Indicators,
    string Comment,
    bool IsDefault,
    string? CaseNumber,
    string? ItemCode,
    string? ItemName,
    string? DepartmentCode,
    string? ApplicantName,
    DateTime? ApplicationTime,
    DateTime? HandlingTime,
    string? CaseState,
    string? TicketNumber,
    int? CounterNumber,
    string? EvaluatedClerk,
    DateTime EvaluatedAt);

public sealed class EvaluationQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The counter this device is paired to, by the secret in its cookie; null for any other browser.</summary>
    public async Task<PadState?> PadAsync(string? deviceSecret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(deviceSecret))
        {
            return null;
        }

        var hash = PadSecrets.Hash(deviceSecret);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RatingPads.AsNoTracking().Where(p => p.SecretHash == hash)
            .Join(db.Counters, p => new { p.HallCode, Number = p.CounterNumber }, c => new { c.HallCode, c.Number }, (p, c) => c)
            .Select(c => new PadState(c.HallCode, c.Number, c.Name, c.ClerkName, c.ClerkStaffNumber))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The rating of a visit, once given (for the clerk console's "等待评价…").</summary>
    public async Task<EvaluationLevel?> VisitRatingAsync(string hallCode, DateOnly day, string ticketNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Evaluations.AsNoTracking()
            .Where(e => e.HallCode == hallCode && e.ServiceDate == day && e.TicketNumber == ticketNumber)
            .Select(e => (EvaluationLevel?)e.Level).FirstOrDefaultAsync(ct);
    }

    public async Task<(SatisfactionFigures Total, IReadOnlyList<FigureRow> Rows)> FiguresAsync(string hallCode, DateTime fromUtc, DateTime toUtc, FigureDimension by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => e.HallCode == hallCode && e.CreatedAt >= fromUtc && e.CreatedAt < toUtc).ToListAsync(ct);
        var orders = await db.Rectifications.AsNoTracking()
            .Where(r => r.HallCode == hallCode).Join(db.Evaluations, r => r.EvaluationId, e => e.Id, (r, e) => new { r, e })
            .Where(x => x.e.CreatedAt >= fromUtc && x.e.CreatedAt < toUtc).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.ShortName, ct);

        // A case's rating counts for each department with a part in it; a window's rating for the hall's own service.
        IEnumerable<string> KeysOf(Domain.Evaluations.Evaluation e) => by switch
        {
            FigureDimension.Counter => [e.CounterNumber is { } n ? $"{n}号窗口" : "线上/默认"],
            FigureDimension.Clerk => [e.ClerkName ?? "—"],
            FigureDimension.Department => e.DepartmentCodes.Count > 0 ? e.DepartmentCodes.Select(d => departments.GetValueOrDefault(d, d))
                : [e.DepartmentCode is { } d ? departments.GetValueOrDefault(d, d) : "大厅服务"],
            FigureDimension.Item => [e.ItemName ?? "（仅窗口服务）"],
            _ => [Infrastructure.HallTime.Format(e.CreatedAt, "yyyy-MM-dd")],
        };

        SatisfactionFigures Of(IEnumerable<Domain.Evaluations.Evaluation> set)
        {
            var list = set.ToList();
            var ids = list.Select(e => e.Id).ToHashSet();
            return SatisfactionFigures.Of(list.Select(e => e.Level).ToList(), list.Count(e => e.IsDefault),
                orders.Where(o => ids.Contains(o.e.Id)).Select(o => o.r.ClosedOnTime).ToList());
        }

        var rows = evaluations.SelectMany(e => KeysOf(e).Distinct().Select(key => (Key: key, Evaluation: e)))
            .GroupBy(x => x.Key, x => x.Evaluation).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FigureRow(g.Key, Of(g))).ToList();
        return (Of(evaluations), rows);
    }

    public async Task<IReadOnlyList<RectificationRow>> RectificationsAsync(string hallCode, bool openOnly, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        var query = db.Rectifications.AsNoTracking().Where(r => r.HallCode == hallCode);
        if (openOnly)
        {
            query = query.Where(r => r.Status != RectificationStatus.Closed);
        }

        var list = await query.OrderBy(r => r.Deadline).ThenBy(r => r.Number).Take(200).ToListAsync(ct);
        return list.Select(r => new RectificationRow(r, r.IsOverdue(today), departments.GetValueOrDefault(r.DepartmentCode, "政务服务中心"))).ToList();
    }

    public async Task<int> OverdueRectificationsAsync(string hallCode, CancellationToken ct = default) =>
        (await RectificationsAsync(hallCode, openOnly: true, ct)).Count(r => r.Overdue);

    public async Task<IReadOnlyList<Feedback>> FeedbackAsync(string hallCode, bool openOnly, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Feedbacks.AsNoTracking().Where(f => f.HallCode == hallCode);
        if (openOnly)
        {
            query = query.Where(f => f.Status == FeedbackStatus.Open);
        }

        return await query.OrderBy(f => f.Deadline).ThenBy(f => f.Number).Take(200).ToListAsync(ct);
    }

    /// <summary>
    /// Evaluation records for the provincial platform, of one hall (or all when <paramref name="hallCode"/> is null); the
    /// applicant's name is masked unless <paramref name="authorised"/>.
    /// </summary>
    public async Task<IReadOnlyList<EvaluationExport>> ExportAsync(string? hallCode, DateTime fromUtc, DateTime toUtc, bool authorised, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => e.CreatedAt >= fromUtc && e.CreatedAt < toUtc && (hallCode == null || e.HallCode == hallCode))
            .OrderBy(e => e.Id).ToListAsync(ct);
        var caseNumbers = evaluations.Where(e => e.CaseNumber != null).Select(e => e.CaseNumber!).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseNumbers.Contains(c.CaseNumber)).ToDictionaryAsync(c => c.CaseNumber, ct);
        return evaluations.Select(e =>
        {
            var c = e.CaseNumber is { } n ? cases.GetValueOrDefault(n) : null;
            return new EvaluationExport(
                $"{e.HallCode}-{e.Id}",
                e.Channel.ToString(),
                Texts.Label(e.Channel, Texts.Chinese),
                (int)e.Level,
                Texts.Label(e.Level, Texts.Chinese),
                e.Indicators,
                e.Comment,
                e.IsDefault,
                e.CaseNumber,
                e.ItemCode,
                e.ItemName,
                e.DepartmentCode,
                c is null ? null : authorised ? c.ApplicantName : PersonalDataMask.Name(c.ApplicantName),
                c?.ReceivedAt,
                c?.ConcludedAt ?? c?.AcceptedAt,
                c is null ? null : Texts.Label(c.Status, Texts.Chinese),
                e.TicketNumber,
                e.CounterNumber,
                e.ClerkName,
                e.CreatedAt);
        }).ToList();
    }
}
