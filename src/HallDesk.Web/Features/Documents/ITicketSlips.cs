namespace HallDesk.Web.Features.Documents;

/// <summary>
/// A ticket's slip as the queue committed it: the figures the citizen was shown (ahead, wait) are fixed here, so the
/// screen and the paper say the same.
/// </summary>
public sealed record SlipOrder(
    string HallCode, string HallName, string HallShortName, string TicketNumber, DateOnly ServiceDate, string LineName,
    int Ahead, int EstimatedWaitMinutes, DateTime IssuedAtUtc, DateTime IssuedAtLocal);

/// <summary>
/// Renders and archives a ticket's slip once the ticket is committed (the queue calls it, the archive answers), so that
/// the public slip address only ever reads: a GET writes nothing. The rendering runs outside the hall's write lock, so
/// a busy kiosk never makes the hall's other writes wait for a PDF.
/// </summary>
public interface ITicketSlips
{
    Task ArchiveAsync(SlipOrder slip, CancellationToken ct);
}
