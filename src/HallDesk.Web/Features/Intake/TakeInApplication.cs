using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Intake;

public enum IntakeDecision
{
    /// <summary>受理.</summary>
    Accept,
    /// <summary>补正: one list of everything missing.</summary>
    Correction,
    /// <summary>不予受理.</summary>
    Reject,
}

/// <summary>
/// 收件与受理决定 at the comprehensive window: the applicant, the item or bundle, the materials, and one
/// decision. Materials the 电子证照 registry holds, or another department already has, are not asked for.
/// </summary>
public sealed class TakeInApplication(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    CatalogQueries catalog,
    ILicenceRegistry licences,
    DocumentArchive archive,
    CaseNotices notices,
    StageLicences stageLicences,
    CommitmentChecks checks,
    MaterialTransfers transfers,
    TimeProvider time)
{
    public sealed record Command(
        Applicant Applicant,
        string? SubjectCode,
        IReadOnlyCollection<string> SubmittedKeys,
        IntakeDecision Decision,
        string? RejectReason = null,
        string? RejectLegalBasis = null,
        bool Commitment = false,
        string? CollectionHall = null,
        bool DeliverEachResult = false,
        RejectionGround RejectGround = RejectionGround.Other,
        string? RejectApplyTo = null,
        IReadOnlyCollection<string>? Owed = null,
        DateOnly? OwedBy = null,
        IReadOnlyCollection<AttachedFile>? Files = null,
        string? OnlineNumber = null);

    public sealed record Result(string CaseNumber, CaseStatus Status, CaseOutcome Outcome, DateOnly? PromisedDate, IReadOnlyList<string> Missing,
        IReadOnlyList<DocumentRef> Documents, bool PromisedOnWeekendsOnly = false);

    /// <summary>How each material of a selection stands for this applicant before anything is ticked.</summary>
    /// <param name="agent">An agent applies: the 授权委托书 is required.</param>
    public async Task<IReadOnlyList<CaseMaterial>> ChecklistAsync(CatalogSelection selection, string applicantId, IReadOnlyCollection<string> submitted,
        bool agent = false, CancellationToken ct = default)
    {
        var today = HallDesk.Domain.Queue.Hall.TodayIn(Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);
        var held = string.IsNullOrWhiteSpace(applicantId) ? [] : await licences.FindAsync(applicantId, today, ct);
        var checklist = agent ? MaterialChecklist.ForAgent(selection.Checklist) : selection.Checklist;
        return checklist.Select(line =>
        {
            var m = line.Material;
            var licence = m.Licence is null ? null : held.FirstOrDefault(l => l.Type == m.Licence);
            var supplier = Case.SupplierOf(selection.Items, m.Licence, line.ItemCodes);
            (MaterialState State, string? Source) how = licence is not null ? (MaterialState.FromLicence, (string?)CaseJournal.LicenceSource(licence.Type, licence.Number))
                : supplier is not null ? (MaterialState.FromStage, CaseJournal.FromStageSource(supplier.Name, m.Licence!))
                : m.SharedBy is not null ? (MaterialState.FromDepartment, (string?)m.SharedBy)
                : submitted.Contains(m.Key) ? (MaterialState.Submitted, null)
                : (MaterialState.Missing, null);
            var (state, source) = how;
            return new CaseMaterial(m.Key, m.Name, m.Form, m.Copies, m.Required, state, source, state == MaterialState.FromStage ? m.Licence : null, m.Deferrable);
        }).ToList();
    }

    public async Task<Result> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var applicant = command.Applicant.Normalized();
        var selection = string.IsNullOrWhiteSpace(command.SubjectCode) ? null : await catalog.SelectAsync(command.SubjectCode, ct);
        var errors = applicant.Validate(beingRegistered: selection?.RegistersCompany == true).ToDictionary();
        foreach (var (field, value) in new[] { ("name", applicant.Name), ("legalRepresentative", applicant.LegalRepresentative), ("agent", applicant.AgentName) })
        {
            // Checked before anything is written: a name the documents cannot print is never accepted blank.
            if (FontSet.Instance.Unprintable(value) is { Count: > 0 } missing && !errors.ContainsKey(field))
            {
                errors[field] = new("Case.UnprintableName", string.Join("”“", missing));
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldErrorsException(errors);
        }

        if (selection is null)
        {
            throw new InputException("subject", "Case.SubjectRequired");
        }

        var materials = await ChecklistAsync(selection, applicant.IdNumber, command.SubmittedKeys, applicant.HasAgent, ct);

        // Case and document numbers are per hall: the intake queues behind its own hall's writes only.
        var clerkHall = await ClerkHallAsync(actor.UserId, ct);
        await using var write = clerkHall is null
            ? await WriteScope.BeginAsync(dbFactory, gate, ct)
            : await WriteScope.BeginForHallAsync(dbFactory, gate, clerkHall, ct);
        var db = write.Db;
        var clerk = await db.Users.SingleAsync(u => u.Id == actor.UserId, ct);
        var hall = await db.Halls.SingleAsync(h => h.Code == clerk.HallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        // An online application is nobody's ticket: the citizen is not at the window.
        var ticket = command.OnlineNumber is null ? await CurrentTicketAsync(db, actor.UserId, ct) : null;
        if (command.Commitment && command.Decision == IntakeDecision.Accept)
        {
            BrokenCommitment.EnsureMayCommit(await db.BrokenCommitments.AsNoTracking().Where(b => b.ApplicantIdNumber == applicant.IdNumber).ToListAsync(ct), today);
        }

        var prefix = CaseNumber.Prefix(hall.Code, today);
        var todays = await db.Cases.CountAsync(c => c.CaseNumber.StartsWith(prefix), ct);
        // 赋权: items delegated to this hall are reviewed by its own reviewers (ReviewTask.ReviewHallCode).
        var delegated = await db.ItemDelegations.AsNoTracking().Where(d => d.HallCode == hall.Code).Select(d => d.ItemCode).ToListAsync(ct);
        var items = selection.Items.Select(i => delegated.Contains(i.Code) ? i with { ReviewHall = hall.Code } : i);
        var @case = new Case(CaseNumber.Format(hall.Code, today, todays + 1), hall.Code, ticket?.Number, clerk.DisplayName, applicant,
            selection.Code, selection.Name, selection.IsBundle,
            command.Commitment ? items.Select(i => i.WithCommitment()) : items, materials, now,
            Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)),
            deliverEachResult: command.DeliverEachResult && selection.InStages);
        if (ticket is not null)
        {
            @case.TakenInDuring(ticket);
        }

        if (clerk.AgencyPointCode is { Length: > 0 } pointCode)
        {
            // 帮办代办 at a 代办点: the agent's point is read from the account, never from the page.
            var point = await db.AgencyPoints.AsNoTracking().SingleAsync(p => p.Code == pointCode, ct);
            point.EnsureTakesIn();
            @case.TakenInAtAgencyPoint(point.Code, point.Name, clerk.DisplayName, now);
        }

        if (command.Decision != IntakeDecision.Reject && !string.IsNullOrEmpty(command.CollectionHall) && command.CollectionHall != hall.Code)
        {
            // 全区通办: the citizen collects the result at another hall of the district.
            var collection = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == command.CollectionHall, ct)
                ?? throw new InputException("collectionHall", "Case.CollectionHallNotFound", command.CollectionHall);
            @case.ChooseCollectionHall(collection.Code, collection.Name, clerk.DisplayName, now);
        }

        switch (command.Decision)
        {
            case IntakeDecision.Accept:
                var calendar = await CalendarStore.LoadAsync(db, ct);
                // 容缺受理: missing non-key materials owed on the applicant's written promise.
                @case.Accept(calendar, today, clerk.DisplayName, now, command.Owed, command.OwedBy);
                await stageLicences.RegisterDueAsync(db, @case, now, ct);
                checks.OpenDue(db, new CaseSnapshot(CaseStatus.Received, 0, false), @case, calendar, today);
                // 内部流转: materials another department holds are asked of it now.
                await transfers.OpenDueAsync(write, actor, @case, calendar, today, now, ct);
                break;
            case IntakeDecision.Correction:
                @case.RequestCorrection(clerk.DisplayName, now);
                break;
            case IntakeDecision.Reject:
                // A ground of 《行政许可法》 carries its own article; only "other" takes the clerk's citation.
                @case.Reject(command.RejectGround,
                    command.RejectGround != RejectionGround.Other && string.IsNullOrWhiteSpace(command.RejectReason)
                        ? LegalGrounds.Reason(command.RejectGround).TrimEnd('。') : command.RejectReason ?? "",
                    command.RejectGround == RejectionGround.Other ? command.RejectLegalBasis ?? "" : LegalGrounds.Citation(command.RejectGround),
                    command.RejectApplyTo, clerk.DisplayName, now);
                break;
            default:
                throw new DomainException("Case.UnknownDecision");
        }

        db.Cases.Add(@case);
        await AttachFilesAsync(db, command, @case, hall.Code, clerk.DisplayName, now, ct);
        var before = new CaseSnapshot(CaseStatus.Received, 0, false);
        var issued = await archive.IssueDueAsync(db, before, @case, clerk.DisplayName, ct);

        await notices.AddDueAsync(write, CaseNoticeState.New, @case, hall.Name, now, ct);
        write.Audit(now, actor, "case." + command.Decision.ToString().ToLowerInvariant(), @case.CaseNumber,
            $"{selection.Name}；{Texts.Label(@case.Status, Texts.Chinese)}{(@case.AgencyPointName is { } agency ? "；代办点 " + agency : "")}");
        await write.CommitAsync(ct);
        return new Result(@case.CaseNumber, @case.Status, @case.Outcome, @case.PromisedDate, @case.MissingMaterials.Select(m => m.Name).ToList(),
            issued.Select(DocumentRef.Of).ToList(), @case.PromisedOnWeekendsOnly);
    }

    /// <summary>
    /// The scans taken at the window become the case's; an online application accepted here is decided with the case
    /// (网上预审 → 受理), and its uploads belong to the case from now on.
    /// </summary>
    private static async Task AttachFilesAsync(HallDeskDbContext db, Command command, Case @case, string hallCode, string clerk, DateTime now, CancellationToken ct)
    {
        foreach (var file in command.Files ?? [])
        {
            var material = @case.Materials.FirstOrDefault(m => m.Key == file.MaterialKey)
                ?? throw new InputException("files", "Online.UnknownMaterial", file.MaterialKey);
            db.MaterialFiles.Add(MaterialFile.Of(hallCode, material.Key, material.Name, file.FileName, file.Sha256, file.Size, file.ContentType, now, clerk,
                caseNumber: @case.CaseNumber));
        }

        if (command.OnlineNumber is not { } number)
        {
            return;
        }

        var application = await db.OnlineApplications.SingleOrDefaultAsync(a => a.Number == number && a.HallCode == hallCode, ct)
            ?? throw new DomainException("Online.NotFound");
        if (command.Decision != IntakeDecision.Accept)
        {
            throw new DomainException("Online.NotAwaitingReview", number);
        }

        application.Accept(@case.CaseNumber, clerk, now);
        foreach (var file in await db.MaterialFiles.Where(f => f.ApplicationNumber == number).ToListAsync(ct))
        {
            file.BelongTo(@case.CaseNumber);
        }
    }

    private async Task<string?> ClerkHallAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.HallCode).SingleOrDefaultAsync(ct);
    }

    /// <summary>The ticket at the clerk's window: the case belongs to this service of it.</summary>
    private static async Task<Ticket?> CurrentTicketAsync(HallDeskDbContext db, string userId, CancellationToken ct)
    {
        var ticketId = await db.Counters.Where(c => c.ClerkUserId == userId && c.State != CounterState.Closed)
            .Select(c => c.CurrentTicketId).SingleOrDefaultAsync(ct);
        return ticketId is null ? null : await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == ticketId, ct);
    }
}
