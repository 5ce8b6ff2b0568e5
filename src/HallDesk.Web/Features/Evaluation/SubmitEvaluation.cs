using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// 好差评: a rating from the window's pad (一次一评, per visit) or online by the receipt's token (一事一评,
/// per case). A bad rating opens a rectification order at once.
/// </summary>
public sealed class SubmitEvaluation(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    QueueNotifier notifier,
    EvaluationSettings settings,
    TimeProvider time)
{
    public sealed record Rating(EvaluationLevel Level, IReadOnlyList<string>? Indicators, string? Comment);

    public async Task<long> RateVisitAsync(string padCode, string ticketNumber, Rating rating, CancellationToken ct = default)
    {
        EvaluationSubmittedEvent submitted;
        long id;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var code = padCode.Trim().ToLowerInvariant();
            var counter = await db.Counters.AsNoTracking().SingleOrDefaultAsync(c => c.PadCode == code, ct)
                ?? throw new NotFoundException("该评价器尚未与窗口配对，请联系大厅工作人员。");
            var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == counter.HallCode, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var today = hall.LocalDate(now);
            var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(
                    t => t.HallCode == hall.Code && t.ServiceDate == today && t.Number == ticketNumber && t.Status == TicketStatus.Done && t.CounterNumber == counter.Number, ct)
                ?? throw new DomainException($"{ticketNumber}号今天没有在{counter.Number}号窗口办结，不能评价。");
            if (await db.Evaluations.AnyAsync(e => e.HallCode == hall.Code && e.ServiceDate == today && e.TicketNumber == ticketNumber, ct))
            {
                throw new DomainException("本次服务已经评价过了，谢谢您（一次一评）。");
            }

            var @case = await db.Cases.AsNoTracking()
                .Where(c => c.HallCode == hall.Code && c.TicketNumber == ticketNumber && c.ReceivedAt >= ticket.IssuedAt)
                .OrderByDescending(c => c.ReceivedAt).FirstOrDefaultAsync(ct);
            var clerk = ticket.ClerkUserId is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == ticket.ClerkUserId, ct);
            var subject = new EvaluationSubject(ticket.Number, today, @case?.CaseNumber, @case?.Items.FirstOrDefault()?.Code, @case?.SubjectName,
                @case?.Items.FirstOrDefault()?.DepartmentCode, counter.Number, ticket.ClerkUserId, clerk?.DisplayName, @case?.ApplicantPhone ?? ticket.Phone);
            var evaluation = Domain.Evaluations.Evaluation.Create(hall.Code, EvaluationChannel.Pad, rating.Level, rating.Indicators, rating.Comment, subject, now);
            id = await SaveAsync(write, hall, evaluation, now, ct);
            submitted = new EvaluationSubmittedEvent(hall.Code, counter.Number, ticket.Number, @case?.CaseNumber, (int)rating.Level, EvaluationTerms.Label(rating.Level));
        }

        await notifier.PublishAsync(submitted);
        return id;
    }

    public async Task<long> RateCaseAsync(string token, Rating rating, EvaluationChannel channel = EvaluationChannel.QrCode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 32)
        {
            throw new NotFoundException("评价链接无效，请扫描回执上的二维码。");
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.EvaluationToken == token, ct)
            ?? throw new NotFoundException("评价链接无效，请扫描回执上的二维码。");
        if (@case.Status is CaseStatus.Received or CaseStatus.NotAccepted)
        {
            throw new DomainException("该办件尚未受理，暂不能评价。");
        }

        if (await db.Evaluations.AnyAsync(e => e.CaseNumber == @case.CaseNumber && e.Channel != EvaluationChannel.Pad, ct))
        {
            throw new DomainException("该办件已经评价过了（一事一评）。");
        }

        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == @case.HallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var subject = SubjectOf(@case);
        var evaluation = Domain.Evaluations.Evaluation.Create(hall.Code, channel, rating.Level, rating.Indicators, rating.Comment, subject, now);
        return await SaveAsync(write, hall, evaluation, now, ct);
    }

    internal static EvaluationSubject SubjectOf(Case c) =>
        new(c.TicketNumber, null, c.CaseNumber, c.Items.FirstOrDefault()?.Code, c.SubjectName, c.Items.FirstOrDefault()?.DepartmentCode,
            null, null, c.ClerkName, c.ApplicantPhone);

    private async Task<long> SaveAsync(WriteScope write, Hall hall, Domain.Evaluations.Evaluation evaluation, DateTime now, CancellationToken ct)
    {
        var db = write.Db;
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        if (EvaluationTerms.IsBad(evaluation.Level))
        {
            await OpenRectificationAsync(db, hall, evaluation, settings.RectificationDays, now, ct);
        }

        write.Audit(now, Actor.Anonymous(null, EvaluationTerms.Label(evaluation.Channel)), "evaluation", evaluation.CaseNumber ?? evaluation.TicketNumber ?? "",
            EvaluationTerms.Label(evaluation.Level));
        await write.CommitAsync(ct);
        return evaluation.Id;
    }

    internal static async Task OpenRectificationAsync(HallDeskDbContext db, Hall hall, Domain.Evaluations.Evaluation evaluation, int days, DateTime now, CancellationToken ct)
    {
        var today = hall.LocalDate(now);
        var prefix = $"ZG{today:yyyyMMdd}";
        var seq = await db.Rectifications.CountAsync(r => r.Number.StartsWith(prefix), ct) + 1;
        var summary = $"{EvaluationTerms.Label(evaluation.Channel)}·{EvaluationTerms.Label(evaluation.Level)}：" +
            $"{string.Join("、", evaluation.Indicators)}{(evaluation.Comment.Length > 0 ? "；" + evaluation.Comment : "")}" +
            $"（{evaluation.CaseNumber ?? evaluation.TicketNumber}{(evaluation.ClerkName is null ? "" : "，" + evaluation.ClerkName)}）";
        db.Rectifications.Add(Rectification.Open($"{prefix}{seq:000}", evaluation.Id, hall.Code, evaluation.DepartmentCode ?? "hall",
            summary, evaluation.ContactPhone is not null, await CalendarStore.LoadAsync(db, ct), today, days, now));
    }
}
