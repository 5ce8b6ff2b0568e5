using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// The SMS of a ticket with a phone, in the write that causes them: at issue (number, people ahead, the personal live
/// page <c>/t/{token}</c>), and once when <see cref="NearAhead"/> or fewer are ahead (即将叫到您).
/// </summary>
public sealed class TicketReminders(SmsOutbox outbox, DocumentLinks links)
{
    public const int NearAhead = 3;

    public string PageOf(string token) => $"{links.BaseUrl}/t/{token}";

    /// <summary>Inside the issuing write, after the ticket was saved (it has its id).</summary>
    public async Task AddIssuedAsync(WriteScope write, Ticket ticket, int ahead, DateTime now, CancellationToken ct)
    {
        if (ticket.Phone is not { } phone)
        {
            return;
        }

        var watch = TicketWatch.Create(ticket.Id, ticket.HallCode, now);
        write.Db.TicketWatches.Add(watch);
        if (ahead <= NearAhead)
        {
            // Already near: the one message says so, and no second one follows.
            watch.MarkNearNoticeSent();
        }

        await outbox.AddAsync(write, SmsKind.TicketIssued, phone, ticket.HallCode, ticket.Number,
            SmsTexts.Message("Sms.TicketIssued", ticket.Number, ahead, PageOf(watch.Token)), now, ct);
    }

    /// <summary>Inside a write that moved the hall's queue (a call): tells each watched ticket that has come near.</summary>
    public async Task AddNearAsync(WriteScope write, string hallCode, DateTime now, CancellationToken ct)
    {
        var db = write.Db;
        var watched = await db.TicketWatches
            .Where(w => w.HallCode == hallCode && !w.NearNoticeSent)
            .Join(db.Tickets.Where(t => t.Status == TicketStatus.Waiting), w => w.TicketId, t => t.Id, (w, t) => new { Watch = w, Ticket = t })
            .ToListAsync(ct);
        foreach (var x in watched)
        {
            if (await QueuePosition.AheadAsync(db, x.Ticket, ct) > NearAhead)
            {
                continue;
            }

            x.Watch.MarkNearNoticeSent();
            await outbox.AddAsync(write, SmsKind.TicketNear, x.Ticket.Phone, hallCode, x.Ticket.Number,
                SmsTexts.Message("Sms.TicketNear", x.Ticket.Number, PageOf(x.Watch.Token)), now, ct);
        }
    }
}
