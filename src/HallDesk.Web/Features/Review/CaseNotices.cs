using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Review;

/// <summary>What of a case its notices look at, before and after a step.</summary>
public sealed record CaseNoticeState(CaseStatus Status, bool Accepted, string? Tracking, int ReturnedTasks = 0)
{
    public static readonly CaseNoticeState New = new(CaseStatus.Received, false, null);

    public static CaseNoticeState Of(Case c) =>
        new(c.Status, c.AcceptedOn is not null, c.MailTrackingNumber, c.Tasks.Count(t => t.Status == ReviewStatus.Returned));
}

/// <summary>
/// The applicant's SMS about their case, queued in the write of the step that causes it: 受理 (number, promised date,
/// progress link), 补正, 办结 (where to collect, or that it will be mailed, with the online rating link: the one
/// message of the case that carries it, since a case concludes once) and 邮寄 (carrier and tracking number).
/// </summary>
public sealed class CaseNotices(SmsOutbox outbox, DocumentLinks links)
{
    public async Task AddDueAsync(WriteScope write, CaseNoticeState before, Case @case, string hallName, DateTime now, CancellationToken ct)
    {
        var number = @case.CaseNumber;
        if (!before.Accepted && @case.AcceptedOn is not null)
        {
            var promised = @case.PromisedDate?.ToString("M月d日", CultureInfo.InvariantCulture) ?? "";
            await AddAsync(SmsKind.CaseAccepted, "Sms.CaseAccepted", number, promised, links.Progress(number));
        }

        // A second department's request while the case already waits is news to the applicant too.
        if ((before.Status != CaseStatus.AwaitingCorrection && @case.Status == CaseStatus.AwaitingCorrection)
            || @case.Tasks.Count(t => t.Status == ReviewStatus.Returned) > before.ReturnedTasks)
        {
            await AddAsync(SmsKind.CaseCorrection, "Sms.CaseCorrection", number, links.Progress(number));
        }

        if (before.Status != CaseStatus.Concluded && @case.Status == CaseStatus.Concluded)
        {
            var rating = links.Evaluation(@case.EvaluationToken);
            await (@case.DeliveryMethod == DeliveryMethod.Mail
                ? AddAsync(SmsKind.CaseConcluded, "Sms.CaseConcludedMail", number, rating)
                : AddAsync(SmsKind.CaseConcluded, "Sms.CaseConcludedCollect", number, @case.DeliveryHallName ?? hallName, rating));
        }

        if (before.Tracking is null && @case.MailTrackingNumber is { } tracking)
        {
            await AddAsync(SmsKind.CaseDelivered, "Sms.CaseMailed", number, @case.MailCarrier ?? "", tracking);
        }

        Task<bool> AddAsync(SmsKind kind, string key, params object?[] args) =>
            outbox.AddAsync(write, kind, @case.ApplicantPhone, @case.HallCode, number, SmsTexts.Message(key, args), now, ct);
    }
}
