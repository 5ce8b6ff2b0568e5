using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Online;

/// <summary>补正 online: the citizen uploads again to the same application (phone proved by a new SMS code); it returns to the hall's list.</summary>
public sealed class ResubmitOnlineApplication(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    VerificationCodeCheck codes,
    OnlineSettings settings,
    TimeProvider time)
{
    public sealed record Result(string Number, DateOnly ReviewDueOn, int Files);

    public async Task<Result> HandleAsync(string number, string? verificationCode, StagedUploads files, Actor actor, CancellationToken ct = default)
    {
        if (files.Files.Count == 0)
        {
            throw new InputException("files", "Online.NoFiles");
        }

        if (string.IsNullOrWhiteSpace(verificationCode))
        {
            throw new InputException(VerificationCodeCheck.Field, "Verification.Required");
        }

        var (phone, hallCode) = await PhoneAndHallAsync(number, ct);
        var codeId = await codes.CheckAsync(phone, RequestVerificationCode.ApplicationPurpose, verificationCode.Trim(), ct);

        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hallCode, ct);
        var db = write.Db;
        var application = await db.OnlineApplications.SingleAsync(a => a.Number == number, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == application.HallCode, ct);
        var today = hall.LocalDate(now);
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var round = application.History.Count(e => e.Action == "online.correction");
        application.Resubmit(now, calendar.AddWorkingDays(today, settings.PreReviewDays));
        var names = await db.MaterialFiles.AsNoTracking().Where(f => f.ApplicationNumber == number)
            .Select(f => new { f.MaterialKey, f.MaterialName }).Distinct().ToListAsync(ct);
        foreach (var f in files.Files)
        {
            var name = names.FirstOrDefault(n => n.MaterialKey == f.MaterialKey)?.MaterialName ?? f.MaterialKey;
            db.MaterialFiles.Add(MaterialFile.Of(application.HallCode, f.MaterialKey, name, f.FileName, f.File.Sha256, f.File.Size, f.File.ContentType, now,
                "网上申报", applicationNumber: number, round: round));
        }

        await VerificationCodeCheck.UseAsync(db, codeId, now, ct);
        write.Audit(now, actor, "online.resubmit", number, $"第 {round} 次补正；{files.Files.Count} 个文件");
        files.KeepAll();
        await write.CommitAsync(ct);
        return new Result(number, application.ReviewDueOn, files.Files.Count);
    }

    private async Task<(string Phone, string Hall)> PhoneAndHallAsync(string number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.OnlineApplications.AsNoTracking().Where(a => a.Number == number)
            .Select(a => new { a.ApplicantPhone, a.HallCode, a.Status }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(new DomainMessage("Online.NotFound"));
        if (found.Status != Domain.Online.OnlineApplicationStatus.AwaitingCorrection)
        {
            throw new DomainException("Online.NotAwaitingCorrection", number);
        }

        return (found.ApplicantPhone, found.HallCode);
    }
}
