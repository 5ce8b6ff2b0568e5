using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// 指定呼叫: the clerk calls one given waiting number of the counter's own lines (or one sent to this counter) instead of
/// the router's choice, with a reason, which the audit keeps. The board and the citizen see an ordinary call.
/// </summary>
public sealed class CallGivenTicket(CounterDesk desk)
{
    public sealed record Command(string Number, string Reason);

    public Task<string> HandleAsync(Actor actor, Command command, CancellationToken ct = default) =>
        desk.RunAsync(actor, async c =>
        {
            var number = (command.Number ?? "").Trim().ToUpperInvariant();
            if (TicketNumber.TryParse(number, out var prefix, out var sequence))
            {
                number = TicketNumber.Format(prefix, sequence); // "a12" is A012
            }

            var reason = (command.Reason ?? "").Trim();
            if (number.Length == 0)
            {
                throw new DomainException("CallGiven.NumberRequired");
            }

            if (reason.Length == 0)
            {
                throw new DomainException("CallGiven.ReasonRequired");
            }

            if (c.Current is not null)
            {
                throw new DomainException("Counter.CurrentTicketOpen", c.Current.Number);
            }

            // Read through the waiting rows of the day's index; only a refusal looks further, by the number's own key.
            var ticket = await c.WaitingToday().SingleOrDefaultAsync(t => t.Number == number, ct)
                ?? throw await NotWaitingAsync(c, number, ct);
            if (ticket.TransferredToCounter is null && !c.Counter.Serves(ticket.LineCode))
            {
                throw new DomainException("CallGiven.OtherLine", ticket.Number, ticket.LineCode, c.Counter.Number);
            }

            ticket.Call(c.Counter.Number, c.Counter.ClerkUserId!, c.Now);
            c.Counter.BeginServing(ticket.Id, c.Now);
            if (c.Counter.Kind == CounterKind.Assistance)
            {
                ticket.MarkAssisted(true);
            }

            c.Audit("ticket.call-given", ticket.Number, $"{c.Counter.Number}号窗口 指定呼叫：{reason}");
            c.TicketCalled(ticket);
            c.CounterChanged();
            return ticket.Number;
        }, ct);

    private static async Task<DomainException> NotWaitingAsync(DeskContext c, string number, CancellationToken ct)
    {
        if (TicketNumber.TryParse(number, out var line, out var sequence))
        {
            var today = c.Hall.LocalDate(c.Now);
            var status = await c.Db.Tickets
                .Where(t => t.HallCode == c.Hall.Code && t.ServiceDate == today && t.IssuedLine == line && t.Sequence == sequence)
                .Select(t => (TicketStatus?)t.Status)
                .SingleOrDefaultAsync(ct);
            if (status is { } s)
            {
                return new DomainException("Ticket.CallNotWaiting", number, s);
            }
        }

        return new DomainException("CallGiven.Unknown", number);
    }
}
