namespace HallDesk.Web.Components;

/// <summary>
/// The rating pad's device secret, read from its cookie on the first HTTP request and cascaded to interactive
/// components (which have no HttpContext). Null in every browser that is not a paired pad.
/// </summary>
public sealed record PadDevice(string? Secret)
{
    public const string CookieName = "HallDesk.Pad";
}
