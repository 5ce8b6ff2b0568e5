using HallDesk.Domain.Cases;
using HallDesk.Domain.People;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Progress;

public sealed record ProgressStep(DateTime At, string Action);

/// <summary>办件进度 as the public sees it: no ID number, no phone, the name masked, no staff names.</summary>
public sealed record CaseProgress(
    string CaseNumber,
    string Subject,
    string Applicant,
    string Status,
    string StatusLabel,
    string? Outcome,
    DateOnly? AcceptedOn,
    DateOnly? PromisedDate,
    string? CorrectionNote,
    string? MailCarrier,
    string? MailTrackingNumber,
    IReadOnlyList<ProgressStep> Steps,
    string? CollectionHall = null,
    bool PromisedOnWeekendsOnly = false,
    string? CorrectionLink = null);

public sealed class CaseProgressQuery(IDbContextFactory<HallDeskDbContext> dbFactory, SecretLimit secrets)
{
    public const string NoMatch = "没有找到与该办件编号和手机号后四位相符的办件，请核对后重试。";

    /// <summary>
    /// The progress when number and digits match; no value when the case does not exist or the phone does not match
    /// (the caller cannot tell which); after five misses in an hour the number answers "try later" to everyone, on the
    /// page and the API alike, counted in the database (<see cref="SecretLimit"/>).
    /// </summary>
    public async Task<Guarded<CaseProgress>> FindAsync(string caseNumber, string phoneLast4, CancellationToken ct = default)
    {
        var number = caseNumber.Trim().ToUpperInvariant();
        if (number.Length is 0 or > 32 || phoneLast4.Length != 4 || !phoneLast4.All(char.IsAsciiDigit))
        {
            return new Guarded<CaseProgress>(null, null);
        }

        return await secrets.CheckAsync("case", number, c => LoadAsync(number, phoneLast4, c), ct);
    }

    private async Task<CaseProgress?> LoadAsync(string number, string phoneLast4, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.CaseNumber == number, ct);
        if (c is null && number.StartsWith("WS", StringComparison.Ordinal))
        {
            return await OnlineAsync(db, number, phoneLast4, ct);
        }

        if (c is null || !c.ApplicantPhone.EndsWith(phoneLast4, StringComparison.Ordinal) || c.Status == CaseStatus.Received)
        {
            return null;
        }

        var collectionHall = await db.Halls.AsNoTracking().Where(h => h.Code == c.CollectionHallCode)
            .Select(h => h.Name + (h.Address == "" ? "" : "（" + h.Address + "）")).SingleOrDefaultAsync(ct);

        return new CaseProgress(
            c.CaseNumber,
            c.SubjectName,
            c.ApplicantKind == ApplicantKind.Person ? PersonalDataMask.Name(c.ApplicantName) : c.ApplicantName,
            c.Status.ToString(),
            Texts.Label(c.Status),
            c.Outcome == CaseOutcome.None ? null : c.Outcome switch
            {
                CaseOutcome.Approved => "准予",
                CaseOutcome.Denied => "不予许可",
                _ => "部分准予",
            },
            c.AcceptedOn,
            c.PromisedDate,
            c.Status == CaseStatus.AwaitingCorrection ? c.CorrectionNote : null,
            c.MailCarrier,
            c.MailTrackingNumber,
            c.Events.Select(e => new ProgressStep(e.At, e.Action)).ToList(),
            c.DeliveryMethod == DeliveryMethod.Mail ? null : collectionHall,
            c.PromisedOnWeekendsOnly);
    }

    /// <summary>
    /// 网上申报 by its number: once accepted, the progress of its case; before that, where the pre-review stands (with the
    /// note and the address to upload again when a correction is asked for).
    /// </summary>
    private async Task<CaseProgress?> OnlineAsync(HallDeskDbContext db, string number, string phoneLast4, CancellationToken ct)
    {
        var a = await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (a is null || !a.ApplicantPhone.EndsWith(phoneLast4, StringComparison.Ordinal))
        {
            return null;
        }

        if (a.CaseNumber is { } caseNumber)
        {
            return await LoadAsync(caseNumber, phoneLast4, ct);
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        return new CaseProgress(
            a.Number,
            a.SubjectName,
            a.ApplicantKind == ApplicantKind.Person ? PersonalDataMask.Name(a.ApplicantName) : a.ApplicantName,
            a.Status.ToString(),
            Texts.Label(a.Status),
            a.Status == Domain.Online.OnlineApplicationStatus.NotAccepted ? a.RejectReason : null,
            null,
            null,
            a.Status == Domain.Online.OnlineApplicationStatus.AwaitingCorrection ? a.CorrectionNote : null,
            null,
            null,
            a.History.Select(e => new ProgressStep(e.At, Texts.LabelTexts.GetString("OnlineStep." + e.Action, culture) ?? e.Action)).ToList(),
            CorrectionLink: a.Status == Domain.Online.OnlineApplicationStatus.AwaitingCorrection
                ? $"/apply/{Uri.EscapeDataString(a.SubjectCode)}/{Uri.EscapeDataString(a.Number)}" : null);
    }
}
