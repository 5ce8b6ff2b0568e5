namespace HallDesk.Web.Components;

/// <summary>The client's address, cascaded to interactive components, which have no HttpContext.</summary>
public sealed record ClientAddress(string? Value);
