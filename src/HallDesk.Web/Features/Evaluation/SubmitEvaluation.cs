using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

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
    SecretLimit secrets,
    TimeProvider time)
{
    public sealed record Rating(EvaluationLevel Level, IReadOnlyList<string>? Indicators, string? Comment);

    /// <summary>
    /// The citizen rates the visit on the counter's paired pad: only the ticket that counter finished last, and
    /// the rating covers the cases taken in during that service. It is charged to the counter and the clerk.
    /// </summary>
    /// <param name="deviceSecret">The pad's secret (its cookie); anything else is refused.</param>
    /// <param name="rater">Anonymous, with the pad's address; a signed-in staff member cannot rate a service.</param>
    public async Task<long> RateVisitAsync(string? deviceSecret, string ticketNumber, Rating rating, Actor rater, CancellationToken ct = default)
    {
        if (rater.UserId.Length > 0)
        {
            throw new DomainException("Evaluation.StaffCannotRate");
        }

        EvaluationSubmittedEvent submitted;
        long id;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var secretHash = string.IsNullOrEmpty(deviceSecret) ? "" : PadSecrets.Hash(deviceSecret);
            var pad = await db.RatingPads.AsNoTracking().SingleOrDefaultAsync(p => p.SecretHash == secretHash && secretHash != "", ct)
                ?? throw new NotFoundException("Pad.DeviceNotPaired");
            var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == pad.HallCode, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var today = hall.LocalDate(now);
            // The pad asks after the service its counter finished last; an earlier or another counter's ticket is not its to rate.
            var ticket = await db.Tickets.AsNoTracking()
                .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Done && t.CounterNumber == pad.CounterNumber)
                .OrderByDescending(t => t.FinishedAt).ThenByDescending(t => t.Id).FirstOrDefaultAsync(ct);
            if (ticket is null || ticket.Number != ticketNumber)
            {
                throw new DomainException("Pad.TicketNotLastServed", ticketNumber, pad.CounterNumber);
            }

            if (await db.Evaluations.AnyAsync(e => e.HallCode == hall.Code && e.ServiceDate == today && e.TicketNumber == ticketNumber, ct))
            {
                throw new DomainException("Evaluation.VisitAlreadyRated");
            }

            var cases = await db.Cases.AsNoTracking().TakenInDuring(ticket).Select(c => new { c.CaseNumber, c.ApplicantPhone }).ToListAsync(ct);
            var clerk = ticket.ClerkUserId is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == ticket.ClerkUserId, ct);
            // Call-back phone: the one left at the kiosk, else the applicant's when the service took in cases of one phone only.
            var phones = cases.Select(c => c.ApplicantPhone).Where(p => p.Length > 0).Distinct().ToList();
            var subject = new EvaluationSubject(ticket.Number, today, null, null, null, null, pad.CounterNumber, ticket.ClerkUserId, clerk?.DisplayName,
                ticket.Phone ?? (phones.Count == 1 ? phones[0] : null), CoveredCases: [.. cases.Select(c => c.CaseNumber)]);
            var evaluation = Domain.Evaluations.Evaluation.Create(hall.Code, EvaluationChannel.Pad, rating.Level, rating.Indicators, rating.Comment, subject, now);
            id = await SaveAsync(write, hall, evaluation, Actor.Anonymous(rater.Address, Texts.Label(EvaluationChannel.Pad, Texts.Chinese)), now, ct);
            submitted = new EvaluationSubmittedEvent(hall.Code, pad.CounterNumber, ticket.Number, cases.Count == 1 ? cases[0].CaseNumber : null,
                (int)rating.Level, Texts.Label(rating.Level, Texts.Chinese));
        }

        await notifier.PublishAsync(submitted);
        return id;
    }

    public const string InvalidLink = "Evaluation.LinkOrPhoneInvalid";

    /// <summary>
    /// 一事一评 online: the receipt's token and the last four digits of the applicant's phone (the token alone, which staff
    /// may have seen, is not enough). Wrong digits count against the token like a case number's (<see cref="SecretLimit"/>).
    /// </summary>
    /// <param name="address">The rater's address, for the audit log.</param>
    /// <summary>Whether a case in this state can be rated: anything the window has decided on, refusals included.</summary>
    public static bool Rateable(CaseStatus status) => status != CaseStatus.Received;

    /// <summary>
    /// What the online page says before its form: the case already rated, or not yet rateable. An unknown token is
    /// <see cref="OnlineRatingState.Open"/>: whether a link is valid is told only with the phone's digits.
    /// </summary>
    public async Task<OnlineRatingState> StateAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 32)
        {
            return OnlineRatingState.Open;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Cases.AsNoTracking().Where(c => c.EvaluationToken == token).Select(c => new { c.CaseNumber, c.Status }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return OnlineRatingState.Open;
        }

        if (await db.Evaluations.AnyAsync(e => e.CaseNumber == found.CaseNumber && e.Channel != EvaluationChannel.Pad, ct))
        {
            return OnlineRatingState.AlreadyRated;
        }

        return Rateable(found.Status) ? OnlineRatingState.Open : OnlineRatingState.NotYetRateable;
    }

    public async Task<long> RateCaseAsync(string token, string phoneLast4, Rating rating, EvaluationChannel channel = EvaluationChannel.QrCode,
        string? address = null, CancellationToken ct = default)
    {
        if (phoneLast4.Length != 4 || !phoneLast4.All(char.IsAsciiDigit))
        {
            throw new InputException("phoneLast4", "请输入申请时所留手机号的后四位数字。");
        }

        if (string.IsNullOrWhiteSpace(token) || token.Length > 32)
        {
            throw new NotFoundException(InvalidLink);
        }

        var match = await secrets.CheckAsync("evaluation", token, async c =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(c);
            return await db.Cases.AsNoTracking().Where(x => x.EvaluationToken == token).Select(x => x.ApplicantPhone).SingleOrDefaultAsync(c) is { } phone
                && phone.EndsWith(phoneLast4, StringComparison.Ordinal) ? token : null;
        }, ct);
        if (match.RetryAfter is { } retry)
        {
            throw new TooManyAttemptsException(retry);
        }

        if (match.Value is null)
        {
            throw new NotFoundException(InvalidLink);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.EvaluationToken == token, ct)
            ?? throw new NotFoundException(InvalidLink);
        // 好差评 covers every outcome: a case refused (不予受理) or denied is rated like an approved one.
        if (!Rateable(@case.Status))
        {
            throw new DomainException("Evaluation.CaseNotAccepted");
        }

        if (await db.Evaluations.AnyAsync(e => e.CaseNumber == @case.CaseNumber && e.Channel != EvaluationChannel.Pad, ct))
        {
            throw new DomainException("Evaluation.CaseAlreadyRated");
        }

        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == @case.HallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var subject = SubjectOf(@case);
        var evaluation = Domain.Evaluations.Evaluation.Create(hall.Code, channel, rating.Level, rating.Indicators, rating.Comment, subject, now);
        return await SaveAsync(write, hall, evaluation, Actor.Anonymous(address, Texts.Label(channel, Texts.Chinese)), now, ct);
    }

    /// <summary>A case's rating: of what was applied for (a bundle's code and name, not its first item's), charged to every department with a part in the case.</summary>
    internal static EvaluationSubject SubjectOf(Case c) =>
        new(c.TicketNumber, null, c.CaseNumber, c.SubjectCode, c.SubjectName, c.Items.FirstOrDefault()?.DepartmentCode,
            null, null, c.ClerkName, c.ApplicantPhone, DepartmentCodes: [.. c.Items.Select(i => i.DepartmentCode).Distinct()]);

    private async Task<long> SaveAsync(WriteScope write, Hall hall, Domain.Evaluations.Evaluation evaluation, Actor rater, DateTime now, CancellationToken ct)
    {
        var db = write.Db;
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        if (EvaluationTerms.IsBad(evaluation.Level))
        {
            await OpenRectificationAsync(db, hall, evaluation, settings.RectificationDays, now, ct);
        }

        var covered = evaluation.CoveredCases.Count > 0 ? $"；涵盖办件 {string.Join("、", evaluation.CoveredCases)}" : "";
        write.Audit(now, rater, "evaluation", evaluation.CaseNumber ?? $"{hall.Code}/{evaluation.TicketNumber}",
            $"{Texts.Label(evaluation.Channel, Texts.Chinese)}·{Texts.Label(evaluation.Level, Texts.Chinese)}{covered}");
        await write.CommitAsync(ct);
        return evaluation.Id;
    }

    internal static async Task OpenRectificationAsync(HallDeskDbContext db, Hall hall, Domain.Evaluations.Evaluation evaluation, int days, DateTime now, CancellationToken ct)
    {
        var today = hall.LocalDate(now);
        var prefix = $"ZG{today:yyyyMMdd}";
        var seq = await db.Rectifications.CountAsync(r => r.Number.StartsWith(prefix), ct) + 1;
        var summary = $"{Texts.Label(evaluation.Channel, Texts.Chinese)}·{Texts.Label(evaluation.Level, Texts.Chinese)}：" +
            $"{string.Join("、", evaluation.Indicators)}{(evaluation.Comment.Length > 0 ? "；" + evaluation.Comment : "")}" +
            $"（{evaluation.CaseNumber ?? evaluation.TicketNumber}{(evaluation.ClerkName is null ? "" : "，" + evaluation.ClerkName)}）";
        db.Rectifications.Add(Rectification.Open($"{prefix}{seq:000}", evaluation.Id, hall.Code, evaluation.DepartmentCode ?? "hall",
            summary, evaluation.ContactPhone is not null, await CalendarStore.LoadAsync(db, ct), today, days, now));
    }
}
