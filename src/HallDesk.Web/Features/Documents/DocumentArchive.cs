using System.Security.Cryptography;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>What a case looked like before a step, to know which documents the step calls for.</summary>
public sealed record CaseSnapshot(CaseStatus Status, int SuspendedTasks, bool Accepted, int HandedOverStage = 0, int ReturnedTasks = 0)
{
    public static CaseSnapshot Of(Case c) =>
        new(c.Status, c.Tasks.Count(t => t.IsSuspended), c.AcceptedOn is not null, c.HandedOverStage, c.Tasks.Count(t => t.Status == ReviewStatus.Returned));
}

/// <summary>
/// Issues documents inside the write that causes them: numbered per hall, kind and year, rendered,
/// hashed (SHA-256) and archived, so a reprint hands out the very same bytes.
/// </summary>
public sealed class DocumentArchive(
    DocumentLinks links, IConfiguration configuration, TimeProvider time, IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate,
    IHallWrites hallWrites, ILogger<DocumentArchive> logger) : ITicketSlips
{
    private readonly Lock _heldLock = new();
    private HeldDrawings<(IssuedDocument Document, DocumentDrawing Draw), (RenderedPdf Citizen, byte[]? Staff)>? _held;

    private string ContactPhone => configuration["Documents:ContactPhone"] is { Length: > 0 } phone ? phone : "0453-12345";

    /// <summary>The documents a step on a case calls for, by the change it made.</summary>
    public static IReadOnlyList<DocumentKind> Due(CaseSnapshot before, Case after)
    {
        var due = new List<DocumentKind>();
        if (!before.Accepted && after.AcceptedOn is not null)
        {
            due.Add(DocumentKind.Acceptance);
            if (after.Items.Any(i => i.ByCommitment))
            {
                due.Add(DocumentKind.CommitmentPledge);
            }
        }

        // The window's one-time notice before acceptance; after it, each department's request is its own notice.
        if (after.Status == CaseStatus.AwaitingCorrection && before.Status != CaseStatus.AwaitingCorrection && after.Tasks.Count == 0)
        {
            due.Add(DocumentKind.Correction);
        }

        if (after.Tasks.Count(t => t.Status == ReviewStatus.Returned) > before.ReturnedTasks)
        {
            due.Add(DocumentKind.ReviewCorrection);
        }

        if (after.Status == CaseStatus.NotAccepted && before.Status != CaseStatus.NotAccepted)
        {
            due.Add(DocumentKind.Rejection);
        }

        if (after.Tasks.Count(t => t.IsSuspended) > before.SuspendedTasks)
        {
            due.Add(DocumentKind.Suspension);
        }

        if (after.Status == CaseStatus.Concluded && before.Status != CaseStatus.Concluded)
        {
            due.Add(DocumentKind.Decision);
        }

        // 分阶段出件: each handover of a stage's results has its own 送达回证; otherwise the bundle has one, at the end.
        if ((after.Status == CaseStatus.Delivered && before.Status != CaseStatus.Delivered) || after.HandedOverStage > before.HandedOverStage)
        {
            due.Add(DocumentKind.DeliveryReceipt);
        }

        return due;
    }

    /// <summary>Issues the documents the step calls for, in order; a decision once per department of the case.</summary>
    public async Task<IReadOnlyList<IssuedDocument>> IssueDueAsync(HallDeskDbContext db, CaseSnapshot before, Case c, string actor, CancellationToken ct)
    {
        var issued = new List<IssuedDocument>();
        foreach (var kind in Due(before, c))
        {
            if (kind == DocumentKind.Decision)
            {
                // Each competent department decides its part in its own name (the hall only delivers them).
                foreach (var department in c.Tasks.Select(t => t.DepartmentCode).Distinct().ToList())
                {
                    issued.Add(await IssueAsync(db, kind, c, actor, ct, departmentCode: department));
                }

                continue;
            }

            if (kind == DocumentKind.ReviewCorrection)
            {
                // In the name of the department that asked, the one whose request is newest.
                var returned = c.Tasks.Where(t => t.Status == ReviewStatus.Returned).MaxBy(t => t.DecidedAt)!;
                issued.Add(await IssueAsync(db, kind, c, actor, ct, departmentCode: returned.DepartmentCode));
                continue;
            }

            issued.Add(await IssueAsync(db, kind, c, actor, ct));
        }

        return issued;
    }

    /// <param name="check">The 事后核查 a 撤销决定书 rests on.</param>
    /// <param name="departmentCode">The department a 决定书 is issued by.</param>
    public async Task<IssuedDocument> IssueAsync(HallDeskDbContext db, DocumentKind kind, Case c, string actor, CancellationToken ct, CommitmentCheck? check = null,
        string? departmentCode = null)
    {
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == c.HallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var seals = await SealsAsync(db, c, ct);
        var issuer = (check?.DepartmentCode ?? departmentCode) is { } code
            ? seals.GetValueOrDefault(code) ?? DepartmentSeal.Unknown(code, check?.DepartmentName ?? c.Tasks.First(t => t.DepartmentCode == code).DepartmentName)
            : null;
        if (check is null && issuer is not null && DelegatedHall(c, issuer.Code) is { } delegatedTo
            && await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == delegatedTo, ct) is { } reviewHall)
        {
            // 赋权: the street hall decided the department's part, so it goes out in the hall's name.
            issuer = issuer.ForHall(reviewHall.Name, reviewHall.ShortName);
        }

        var number = issuer is null ? await NextNumberAsync(db, hall, kind, now, ct) : await DepartmentNumberAsync(db, issuer, kind, hall.LocalDate(now).Year, ct);
        var context = new DocumentContext(hall.Name, ContactPhone, number, hall.LocalDate(now), links)
        {
            Check = check,
            Department = issuer,
            Departments = seals,
            CommitmentCheckDays = configuration.GetValue("Review:CommitmentCheckDays", CommitmentDocuments.DefaultCheckDays),
            BrokenCommitmentMonths = configuration.GetValue("Review:BrokenCommitmentMonths", CommitmentDocuments.DefaultListMonths),
            LegalBases = kind is DocumentKind.CommitmentPledge or DocumentKind.Decision or DocumentKind.ReviewCorrection ? await LegalBasesAsync(db, c, ct) : null,
            Delivers = kind == DocumentKind.DeliveryReceipt ? await DeliversAsync(db, c, ct) : [],
        };
        var title = CaseDocuments.Title(kind, c, departmentCode);
        var fileName = $"{c.CaseNumber}-{title}{(departmentCode is null ? "" : "-" + departmentCode)}.pdf";
        var draw = new DocumentDrawing(kind, c, context);
        lock (_heldLock)
        {
            if (_held is { } held)
            {
                var pending = Archive(db, hall.Code, kind, title, number, c.CaseNumber, null, null, new RenderedPdf([], 0), now, actor, fileName);
                held.Add((pending, draw));
                return pending;
            }
        }

        var document = Archive(db, hall.Code, kind, title, number, c.CaseNumber, null, null, draw.Citizen(), now, actor, fileName);
        document.StaffContent = draw.Staff();
        return document;
    }

    /// <summary>The hall that holds every task of the department in the case (赋权), or null when the department holds any.</summary>
    private static string? DelegatedHall(Case c, string departmentCode) =>
        c.Tasks.Where(t => t.DepartmentCode == departmentCode).Select(t => t.ReviewHallCode).Distinct().ToList() is [{ } hall] ? hall : null;

    /// <summary>The decisions a 送达回证 delivers (each department's, in issue order), with their 文号.</summary>
    private static async Task<IReadOnlyList<DeliveredDocument>> DeliversAsync(HallDeskDbContext db, Case c, CancellationToken ct) =>
        (await db.IssuedDocuments.AsNoTracking().Where(d => d.CaseNumber == c.CaseNumber && d.Kind == DocumentKind.Decision)
            .OrderBy(d => d.Id).Select(d => new { d.Title, d.Number }).ToListAsync(ct))
        .Select(d => new DeliveredDocument(d.Title, d.Number)).ToList();

    /// <summary>A case document's drawing: the citizen's copy and, where that carries a token, the staff's masked copy.</summary>
    private sealed record DocumentDrawing(DocumentKind Kind, Case Case, DocumentContext Context)
    {
        public RenderedPdf Citizen() => CaseDocuments.Render(Kind, Case, Context, FontSet.Instance);

        public byte[]? Staff() => CaseDocuments.CarriesToken(Kind, Case)
            ? CaseDocuments.Render(Kind, Case, Context with { StaffCopy = true }, FontSet.Instance).Bytes
            : null;
    }

    /// <summary>
    /// From now on case documents are numbered and stored with their step as always, but drawn apart: the demo history
    /// writes hundreds of steps in a row that nobody waits for at a window, so each document is drawn on a thread of its
    /// own once its step has ended (<see cref="StepEnded"/>), beside the next steps, and stored at
    /// <see cref="ReleaseAsync"/>. Each is drawn from its step's own copy of the case, which nothing changes once the
    /// step is written.
    /// </summary>
    public void Hold()
    {
        lock (_heldLock)
        {
            _held ??= new(held => (held.Draw.Citizen(), held.Draw.Staff()));
        }
    }

    /// <summary>A step of the held stretch has ended: its documents can be drawn.</summary>
    public void StepEnded()
    {
        lock (_heldLock)
        {
            _held?.StepEnded();
        }
    }

    /// <summary>Draws what is left of the documents held since <see cref="Hold"/> and stores them, a hall and a hundred at a time.</summary>
    /// <returns>How many documents were stored.</returns>
    public async Task<int> ReleaseAsync(CancellationToken ct)
    {
        HeldDrawings<(IssuedDocument Document, DocumentDrawing Draw), (RenderedPdf Citizen, byte[]? Staff)>? held;
        lock (_heldLock)
        {
            (held, _held) = (_held, null);
        }

        // A step whose write failed stored nothing (its document has no id): its drawing is dropped.
        var stored = held is null ? [] : (await held.FinishAsync()).Where(h => h.Item.Document.Id != 0).ToList();
        foreach (var hall in Enumerable.Range(0, stored.Count).GroupBy(i => stored[i].Item.Document.HallCode))
        {
            foreach (var chunk in hall.Chunk(100))
            {
                await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hall.Key, ct);
                foreach (var i in chunk)
                {
                    var (id, (pdf, staff)) = (stored[i].Item.Document.Id, stored[i].Drawing);
                    var sha = Convert.ToHexStringLower(SHA256.HashData(pdf.Bytes));
                    await write.Db.IssuedDocuments.Where(d => d.Id == id).ExecuteUpdateAsync(set => set
                        .SetProperty(d => d.Content, pdf.Bytes)
                        .SetProperty(d => d.PageCount, pdf.Pages)
                        .SetProperty(d => d.Sha256, sha)
                        .SetProperty(d => d.StaffContent, staff), ct);
                }

                await write.CommitAsync(ct);
            }
        }

        return stored.Count;
    }

    /// <summary>
    /// What staff are shown of a document: the archived staff copy, or the archived bytes when the citizen's copy
    /// carries no token. A token-bearing document archived before staff copies existed is rendered again, masked.
    /// </summary>
    public async Task<byte[]> StaffCopyAsync(HallDeskDbContext db, IssuedDocument document, CancellationToken ct)
    {
        if (document.StaffContent is { } copy)
        {
            return copy;
        }

        var c = document.CaseNumber is { } number
            ? await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.CaseNumber == number, ct)
            : null;
        if (c is null || !CaseDocuments.CarriesToken(document.Kind, c))
        {
            return document.Content;
        }

        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == document.HallCode, ct);
        var context = new DocumentContext(hall.Name, ContactPhone, document.Number, hall.LocalDate(document.CreatedAt), links, StaffCopy: true)
        {
            Departments = await SealsAsync(db, c, ct),
        };
        return CaseDocuments.Render(document.Kind, c, context, FontSet.Instance).Bytes;
    }

    /// <summary>
    /// The slip of a ticket, archived once the ticket is committed. It is public (anyone who knows the number may print
    /// it), so it carries nothing about the citizen: no phone, and not whether the ticket is for the green channel. The
    /// PDF is drawn before the write begins and its number comes from the ticket (no count of the year's slips), so the
    /// hall's lock is held for one insert, in the hall's next group commit with whatever else the hall writes then. A
    /// slip that cannot be archived is logged, never thrown: the ticket stands.
    /// </summary>
    public async Task ArchiveAsync(SlipOrder slip, CancellationToken ct)
    {
        try
        {
            var pdf = RenderSlip(slip);
            await hallWrites.WriteAsync(slip.HallCode, (write, _) =>
            {
                StoreSlip(write.Db, slip, pdf);
                return Task.FromResult(true);
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The slip of ticket {Hall}/{Number} could not be archived", slip.HallCode, slip.TicketNumber);
        }
    }

    /// <summary>
    /// Many drawn slips at once (the demo history's), stored a hall and a hundred at a time. The documents are the ones
    /// <see cref="ArchiveAsync"/> would have stored, dated when their tickets were issued.
    /// </summary>
    public async Task StoreSlipsAsync(IReadOnlyList<(SlipOrder Slip, RenderedPdf Pdf)> slips, CancellationToken ct)
    {
        foreach (var hall in slips.GroupBy(s => s.Slip.HallCode))
        {
            foreach (var chunk in hall.Chunk(100))
            {
                await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hall.Key, ct);
                foreach (var (slip, pdf) in chunk)
                {
                    StoreSlip(write.Db, slip, pdf);
                }

                await write.CommitAsync(ct);
            }
        }
    }

    internal RenderedPdf RenderSlip(SlipOrder slip) => TicketSlip.Render(
        new TicketSlip.Content(slip.HallName, slip.TicketNumber, slip.LineName, slip.Ahead, slip.EstimatedWaitMinutes, slip.IssuedAtLocal,
            slip.WatchToken is { } token ? links.TicketPage(token) : links.Board(slip.HallCode), SlipNumber(slip), slip.AppointmentSlot,
            slip.WatchToken is not null),
        FontSet.Instance);

    private static void StoreSlip(HallDeskDbContext db, SlipOrder slip, RenderedPdf pdf) =>
        Archive(db, slip.HallCode, DocumentKind.TicketSlip, $"号票 {slip.TicketNumber}", SlipNumber(slip), null, slip.TicketNumber, slip.ServiceDate, pdf,
            slip.IssuedAtUtc, "kiosk", $"{slip.HallCode}-{slip.ServiceDate:yyyyMMdd}-{slip.TicketNumber}.pdf");

    /// <summary>A slip's number names its day and ticket (爱民政服号字〔2026〕第1205A001号): unique per hall, counted by nothing.</summary>
    public static string SlipNumber(SlipOrder slip) =>
        $"{slip.HallShortName}政服号字〔{slip.ServiceDate.Year}〕第{slip.ServiceDate:MMdd}{slip.TicketNumber}号";

    /// <summary>The departments of the case as their documents name them; the district's appeal bodies where one names none.</summary>
    private async Task<IReadOnlyDictionary<string, DepartmentSeal>> SealsAsync(HallDeskDbContext db, Case c, CancellationToken ct)
    {
        var codes = c.Items.Select(i => i.DepartmentCode).Distinct().ToList();
        var appeal = configuration["Documents:AppealBody"] is { Length: > 0 } a ? a : DepartmentSeal.DistrictAppealBody;
        var court = configuration["Documents:Court"] is { Length: > 0 } k ? k : DepartmentSeal.DistrictCourt;
        return (await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).ToListAsync(ct))
            .ToDictionary(d => d.Code, d => DepartmentSeal.Of(d, appeal, court));
    }

    /// <summary>The legal basis of each item: the 告知承诺书 names the conditions it rests on, a 决定书 the law it applies.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> LegalBasesAsync(HallDeskDbContext db, Case c, CancellationToken ct)
    {
        var codes = c.Items.Select(i => i.Code).ToList();
        return await db.ServiceItems.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.LegalBasis, ct);
    }

    private static IssuedDocument Archive(HallDeskDbContext db, string hall, DocumentKind kind, string title, string number, string? caseNumber,
        string? ticket, DateOnly? serviceDate, RenderedPdf pdf, DateTime now, string actor, string fileName)
    {
        var document = new IssuedDocument
        {
            HallCode = hall,
            Kind = kind,
            Number = number,
            Title = title,
            CaseNumber = caseNumber,
            TicketNumber = ticket,
            ServiceDate = serviceDate,
            FileName = fileName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf.Bytes)),
            Content = pdf.Bytes,
            PageCount = pdf.Pages,
            CreatedAt = now,
            CreatedBy = actor,
        };
        db.IssuedDocuments.Add(document);
        return document;
    }

    private static async Task<string> NextNumberAsync(HallDeskDbContext db, Hall hall, DocumentKind kind, DateTime now, CancellationToken ct)
    {
        var year = hall.LocalDate(now).Year;
        var prefix = $"{hall.ShortName}政服{Word(kind)}字〔{year}〕第";
        var issued = await db.IssuedDocuments.CountAsync(d => d.HallCode == hall.Code && d.Kind == kind && d.Number.StartsWith(prefix), ct);
        return $"{prefix}{issued + 1:0000}号";
    }

    /// <summary>
    /// A department's documents go out under its own 文号 series: 爱民市场监管许字〔2026〕第0001号, 爱民市场监管撤字〔2026〕第0001号,
    /// 爱民市场监管补字〔2026〕第0001号 (补正 during review); a street hall's delegated decisions under its own: 向阳政服许字〔2026〕第0001号.
    /// </summary>
    private static async Task<string> DepartmentNumberAsync(HallDeskDbContext db, DepartmentSeal department, DocumentKind kind, int year, CancellationToken ct)
    {
        var word = kind switch
        {
            DocumentKind.Revocation => "撤",
            DocumentKind.ReviewCorrection => "补",
            _ => "许",
        };
        var prefix = $"{department.Series}{word}字〔{year}〕第";
        var issued = await db.IssuedDocuments.CountAsync(d => d.Kind == kind && d.Number.StartsWith(prefix), ct);
        return $"{prefix}{issued + 1:0000}号";
    }

    private static string Word(DocumentKind kind) => kind switch
    {
        DocumentKind.TicketSlip => "号",
        DocumentKind.Acceptance => "受",
        DocumentKind.Correction => "补",
        DocumentKind.Rejection => "不受",
        DocumentKind.Suspension => "特",
        DocumentKind.Decision => "决",
        DocumentKind.DeliveryReceipt => "送",
        DocumentKind.CommitmentPledge => "诺",
        DocumentKind.Revocation => "撤",
        DocumentKind.ReviewCorrection => "审补",
        _ => "文",
    };
}
