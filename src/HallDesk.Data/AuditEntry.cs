using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HallDesk.Data;

/// <summary>How an audited attempt ended.</summary>
public static class AuditOutcome
{
    public const string Ok = "ok";

    /// <summary>Refused for lack of a right (need to know, role, hall).</summary>
    public const string Denied = "denied";

    /// <summary>Refused for another reason (wrong secret, limit reached, wrong password).</summary>
    public const string Failed = "failed";
}

/// <summary>
/// One line of the append-only audit log: who (<see cref="Actor"/>), when (<see cref="At"/>), what (<see cref="Action"/>),
/// on what (<see cref="Subject"/>, the target), from where (<see cref="Address"/>) and how it ended (<see cref="Outcome"/>).
/// Never updated or deleted; each line stores the hash of the line before it (<see cref="AuditChain"/>), so a changed or
/// removed line breaks the chain even where the database's triggers were dropped.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    /// <summary>Place in the hash chain (1, 2, 3 …); null for lines written before the chain existed.</summary>
    public long? Sequence { get; private set; }

    public DateTime At { get; private set; }

    public string Actor { get; private set; } = "";

    public string Action { get; private set; } = "";

    /// <summary>The target: a case, a document, a hall's ticket, an account, an export's filter.</summary>
    public string Subject { get; private set; } = "";

    public string Details { get; private set; } = "";

    public string? Address { get; private set; }

    public string Outcome { get; private set; } = AuditOutcome.Ok;

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public static AuditEntry Create(DateTime at, string actor, string action, string subject, string details, string? address, string outcome = AuditOutcome.Ok) =>
        new()
        {
            // Whole microseconds: PostgreSQL keeps no more, and the hash must read back the same on both providers.
            At = new DateTime(at.Ticks - (at.Ticks % 10), DateTimeKind.Unspecified),
            Actor = Truncate(actor, 64),
            Action = Truncate(action, 64),
            Subject = Truncate(subject, 128),
            Details = Truncate(details, 1000),
            Address = address is null ? null : Truncate(address, 64),
            Outcome = Truncate(outcome, 16),
        };

    /// <summary>Links this line after the one with <paramref name="previousHash"/> at <paramref name="sequence"/>.</summary>
    internal void Chain(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>SHA-256 over the previous hash and every field, each length-prefixed so no two lines read alike.</summary>
    public string ComputeHash()
    {
        var text = new StringBuilder();
        foreach (var field in (string?[])[Sequence?.ToString(CultureInfo.InvariantCulture), PreviousHash,
                     At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture), Actor, Action, Subject, Details, Address, Outcome])
        {
            var value = field ?? "";
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
