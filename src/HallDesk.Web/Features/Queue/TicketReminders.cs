using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// A ticket's personal live page <c>/t/{token}</c> (on its slip as a QR code), and the SMS of a ticket with a phone, in
/// the write that causes them: at issue (number, people ahead, the page), and once when <see cref="NearAhead"/> or fewer
/// are ahead (即将叫到您).
/// </summary>
public sealed class TicketReminders(SmsOutbox outbox, DocumentLinks links)
{
    public const int NearAhead = 3;

    public string PageOf(string token) => links.TicketPage(token);

    /// <summary>
    /// Inside the issuing write, after the ticket was saved (it has its id): every ticket gets its live page (the slip's
    /// QR code opens it); one with a phone also gets it by SMS. Returns the page's token.
    /// </summary>
    public async Task<string> AddIssuedAsync(WriteScope write, Ticket ticket, int ahead, DateTime now, CancellationToken ct)
    {
        var watch = TicketWatch.Create(ticket.Id, ticket.HallCode, now);
        write.Db.TicketWatches.Add(watch);
        if (ticket.Phone is not { } phone)
        {
            // Nobody to tell when the ticket comes near.
            watch.MarkNearNoticeSent();
            return watch.Token;
        }

        if (ahead <= NearAhead)
        {
            // Already near: the one message says so, and no second one follows.
            watch.MarkNearNoticeSent();
        }

        await outbox.AddAsync(write, SmsKind.TicketIssued, phone, ticket.HallCode, ticket.Number,
            SmsTexts.Message("Sms.TicketIssued", ticket.Number, ahead, PageOf(watch.Token)), now, ct);
        return watch.Token;
    }

    /// <summary>
    /// Inside a hall's batch that moved its queue (calls), once after the batch's last write (<see cref="CounterDesk"/>):
    /// tells each watched ticket of today that has come near. Only the front of each watched line can be near, so one
    /// read per line answers for all its watched tickets.
    /// </summary>
    public async Task AddNearAsync(WriteScope write, Hall hall, DateTime now, CancellationToken ct)
    {
        var db = write.Db;
        var today = hall.LocalDate(now);
        // From today's waiting tickets with a phone (the queue, not the day: every ticket has a watch for its slip's
        // QR code), each looked up by its watch's unique ticket id.
        var watched = await db.Tickets
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Waiting && t.Phone != null)
            .Join(db.TicketWatches.Where(w => !w.NearNoticeSent), t => t.Id, w => w.TicketId, (t, w) => new { Watch = w, Ticket = t })
            .ToListAsync(ct);
        if (watched.Count == 0)
        {
            return;
        }

        var front = new HashSet<long>();
        foreach (var line in watched.Where(x => x.Ticket.TransferredToCounter is null).Select(x => x.Ticket.LineCode).Distinct())
        {
            front.UnionWith(await QueuePosition.FrontAsync(db, hall.Code, today, line, NearAhead + 1, ct));
        }

        foreach (var x in watched)
        {
            var near = x.Ticket.TransferredToCounter is null
                ? front.Contains(x.Ticket.Id)
                : await QueuePosition.AheadAsync(db, x.Ticket, ct) <= NearAhead;
            if (!near)
            {
                continue;
            }

            x.Watch.MarkNearNoticeSent();
            await outbox.AddAsync(write, SmsKind.TicketNear, x.Ticket.Phone, hall.Code, x.Ticket.Number,
                SmsTexts.Message("Sms.TicketNear", x.Ticket.Number, PageOf(x.Watch.Token)), now, ct);
        }
    }
}
