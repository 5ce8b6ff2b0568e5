namespace HallDesk.Data;

/// <summary>Who does a change and from which address, for the audit log.</summary>
public sealed record Actor(string UserId, string UserName, string? Address)
{
    public static Actor Anonymous(string? address, string channel) => new("", channel, address);
}
