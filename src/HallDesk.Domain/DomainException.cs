namespace HallDesk.Domain;

/// <summary>An illegal move against a domain rule. The message is Chinese and safe to show to staff and citizens.</summary>
public sealed class DomainException(string message) : Exception(message);
