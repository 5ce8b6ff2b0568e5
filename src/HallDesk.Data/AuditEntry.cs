namespace HallDesk.Data;

/// <summary>One line of the append-only audit log: who did what, when, from where. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public string Actor { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Details { get; private set; } = "";

    public string? Address { get; private set; }

    public static AuditEntry Create(DateTime at, string actor, string action, string subject, string details, string? address) =>
        new()
        {
            At = at,
            Actor = Truncate(actor, 64),
            Action = Truncate(action, 64),
            Subject = Truncate(subject, 128),
            Details = Truncate(details, 1000),
            Address = address is null ? null : Truncate(address, 64),
        };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
