namespace HallDesk.Data;

public enum DocumentKind
{
    TicketSlip = 0,
    /// <summary>受理通知书（受理回执）.</summary>
    Acceptance = 1,
    /// <summary>补正材料通知书（一次性告知）at the window, before acceptance.</summary>
    Correction = 2,
    /// <summary>不予受理通知书.</summary>
    Rejection = 3,
    /// <summary>特别程序（延长期限）告知书.</summary>
    Suspension = 4,
    /// <summary>准予 / 不予（行政许可）决定书.</summary>
    Decision = 5,
    /// <summary>送达回证.</summary>
    DeliveryReceipt = 6,
    /// <summary>告知承诺书: what the applicant promises instead of proving it at the window.</summary>
    CommitmentPledge = 7,
    /// <summary>撤销行政许可决定书: the 事后核查 found the commitment untrue.</summary>
    Revocation = 8,
    /// <summary>审查期间补正材料通知书: a department's request after acceptance, in its own name (not the window's one-time notice).</summary>
    ReviewCorrection = 9,
}

/// <summary>An issued document, archived as the exact bytes handed out, with their SHA-256; reprints return these bytes.</summary>
public sealed class IssuedDocument
{
    public long Id { get; set; }

    /// <summary>The document's address in staff links (<c>/documents/{PublicId}</c>): 128 random bits, not a counter.</summary>
    public string PublicId { get; set; } = NewPublicId();

    public string HallCode { get; set; } = "";

    public DocumentKind Kind { get; set; }

    /// <summary>文书编号: agency abbreviation, kind, year and sequence, e.g. 爱民政服受字〔2026〕第0001号.</summary>
    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public string? CaseNumber { get; set; }

    public string? TicketNumber { get; set; }

    public DateOnly? ServiceDate { get; set; }

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>
    /// The copy staff see when <see cref="Content"/> carries the citizen's evaluation token (receipt, decision): the
    /// same document with the token masked and no rating QR code. Null when the citizen's copy carries no token.
    /// </summary>
    public byte[]? StaffContent { get; set; }

    public int PageCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public static string NewPublicId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
