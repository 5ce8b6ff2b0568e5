using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.People;
using HallDesk.Domain.Queue;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// 补打号票: a citizen who lost the slip finds today's waiting ticket by the phone number given when taking it. The
/// answer names the number and the line, and the phone only masked; the slip printed is the one stored at issue.
/// </summary>
public sealed class FindTicketByPhone(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    public sealed record Found(string Hall, string Number, string LineName, string MaskedPhone);

    public async Task<Found> HandleAsync(string hallCode, string? phone, CancellationToken ct = default)
    {
        var normalized = PhoneNumber.Normalize(phone);
        if (!PhoneNumber.IsValidMobile(normalized))
        {
            throw new InputException("phone", "Ticket.PhoneInvalid");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == hallCode, ct)
            ?? throw new NotFoundException("Hall.NotFound", hallCode);
        var today = hall.LocalDate(time.GetUtcNow().UtcDateTime);
        // The day's waiting rows through the index; the newest one taken with this phone.
        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Waiting && t.Phone == normalized)
            .Select(t => new { t.Number, t.LineCode, t.Id })
            .ToListAsync(ct);
        var newest = ticket.OrderByDescending(t => t.Id).FirstOrDefault()
            ?? throw new DomainException("Reprint.NotFound", PersonalDataMask.Phone(normalized));
        var lineName = await db.QueueLines.Where(l => l.HallCode == hall.Code && l.Code == newest.LineCode).Select(l => l.Name).SingleAsync(ct);
        return new Found(hall.Code, newest.Number, lineName, PersonalDataMask.Phone(normalized));
    }
}
