using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Online;
using HallDesk.Domain.People;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Online;

/// <summary>
/// 网上申报: the applicant (phone proved by an SMS code), the item or bundle, a file for every material the merged
/// checklist still asks for. Everything missing is listed at once (一次告知); a refused application stores nothing.
/// </summary>
public sealed class SubmitOnlineApplication(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    CatalogQueries catalog,
    TakeInApplication intake,
    VerificationCodeCheck codes,
    OnlineSettings settings,
    TimeProvider time)
{
    public sealed record Command(string? Subject, string? Hall, ApplicantKind Kind, string? Name, string? IdNumber, string? Phone,
        string? LegalRepresentative, string? VerificationCode);

    public sealed record Result(string Number, string Status, string Subject, string Hall, DateOnly ReviewDueOn, int Files);

    public async Task<Result> HandleAsync(Command command, StagedUploads files, Actor actor, CancellationToken ct = default)
    {
        var selection = string.IsNullOrWhiteSpace(command.Subject) ? null : await catalog.SelectAsync(command.Subject.Trim(), ct);
        if (selection is null)
        {
            throw new InputException("subject", "Online.SubjectNotFound", command.Subject ?? "");
        }

        var applicant = new Applicant(command.Kind, command.Name ?? "", command.IdNumber ?? "", PhoneNumber.Normalize(command.Phone) ?? "",
            command.LegalRepresentative, null).Normalized();
        var errors = applicant.Validate(beingRegistered: selection.RegistersCompany).ToDictionary();
        if (string.IsNullOrWhiteSpace(command.VerificationCode))
        {
            errors[VerificationCodeCheck.Field] = new("Verification.Required");
        }

        if (errors.Count > 0)
        {
            throw new FieldErrorsException(errors);
        }

        var hall = await HallAsync(command.Hall, ct);
        var materials = await OnlineChecklist.CheckAsync(intake, selection, applicant.IdNumber, files, ct);
        var codeId = await codes.CheckAsync(applicant.Phone, RequestVerificationCode.ApplicationPurpose, command.VerificationCode!.Trim(), ct);

        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hall.Code, ct);
        var db = write.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var prefix = OnlineApplication.FormatNumber(today, 0)[..^4];
        var todays = await db.OnlineApplications.CountAsync(a => a.Number.StartsWith(prefix), ct);
        var application = new OnlineApplication(OnlineApplication.FormatNumber(today, todays + 1), hall.Code, selection.Code, selection.Name, selection.IsBundle,
            applicant, now, calendar.AddWorkingDays(today, settings.PreReviewDays));
        db.OnlineApplications.Add(application);
        foreach (var f in files.Files)
        {
            var material = materials.Single(m => m.Key == f.MaterialKey);
            db.MaterialFiles.Add(MaterialFile.Of(hall.Code, material.Key, material.Name, f.FileName, f.File.Sha256, f.File.Size, f.File.ContentType, now,
                "网上申报", applicationNumber: application.Number));
        }

        await VerificationCodeCheck.UseAsync(db, codeId, now, ct);
        write.Audit(now, actor, "online.submit", application.Number, $"{selection.Name}；{files.Files.Count} 个文件");
        files.KeepAll();
        await write.CommitAsync(ct);
        return new Result(application.Number, application.Status.ToString(), selection.Name, hall.Name, application.ReviewDueOn, files.Files.Count);
    }

    /// <summary>The hall asked for, or the district centre.</summary>
    private async Task<Domain.Queue.Hall> HallAsync(string? code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Level).ThenBy(h => h.Id).ToListAsync(ct);
        return string.IsNullOrWhiteSpace(code) ? halls.First()
            : halls.FirstOrDefault(h => string.Equals(h.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
              ?? throw new InputException("hall", "Online.HallNotFound", code);
    }
}
