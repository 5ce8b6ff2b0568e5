namespace HallDesk.Web.Features.Messaging;

/// <summary>One message as a gateway sees it; <see cref="Key"/> is the same on every try of the same message.</summary>
public sealed record OutgoingSms(string Key, string Phone, string Text, string Kind);
