namespace HallDesk.Web.Features.Documents;

/// <summary>
/// A ticket's slip as the queue committed it: the figures the citizen was shown (ahead, wait) are fixed here, so the
/// screen and the paper say the same.
/// </summary>
/// <param name="AppointmentSlot">The booked slot (HH:mm) of a checked-in appointment: the slip says 预约 and the time.</param>
/// <param name="WatchToken">The ticket's live page <c>/t/{token}</c>, which the slip's QR code opens (else the hall's board).</param>
public sealed record SlipOrder(
    string HallCode, string HallName, string HallShortName, string TicketNumber, DateOnly ServiceDate, string LineName,
    int Ahead, int EstimatedWaitMinutes, DateTime IssuedAtUtc, DateTime IssuedAtLocal, string? AppointmentSlot = null, string? WatchToken = null);

/// <summary>
/// Renders and archives a ticket's slip once the ticket is committed (the queue calls it, the archive answers), so that
/// the public slip address only ever reads: a GET writes nothing. The rendering runs outside the hall's write lock, so
/// a busy kiosk never makes the hall's other writes wait for a PDF.
/// </summary>
public interface ITicketSlips
{
    Task ArchiveAsync(SlipOrder slip, CancellationToken ct);
}
