using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>转移: sends the current ticket, keeping its number, to another line or to one named counter.</summary>
public sealed class TransferTicket(CounterDesk desk)
{
    /// <param name="ToLine">A line code of the hall, or null.</param>
    /// <param name="ToCounter">A counter number of the hall, or null; exactly one of the two is given.</param>
    public sealed record Command(string? ToLine, int? ToCounter);

    public Task HandleAsync(Actor actor, Command command, CancellationToken ct = default) =>
        desk.RunAsync(actor, async c =>
        {
            if ((command.ToLine is null) == (command.ToCounter is null))
            {
                throw new DomainException("Transfer.ChooseTarget");
            }

            var ticket = c.RequireCurrent();
            if (command.ToLine is { } line)
            {
                if (!await c.Db.QueueLines.AnyAsync(l => l.HallCode == c.Hall.Code && l.Code == line, ct))
                {
                    throw new DomainException("Line.NotInHall", line);
                }

                ticket.TransferToLine(line);
                c.Audit("ticket.transfer", ticket.Number, $"转至{line}类业务");
            }
            else
            {
                var target = command.ToCounter!.Value;
                var state = await c.Db.Counters.Where(x => x.HallCode == c.Hall.Code && x.Number == target)
                    .Select(x => (CounterState?)x.State).SingleOrDefaultAsync(ct)
                    ?? throw new DomainException("Counter.NotInHallShort", target);
                if (state == CounterState.Closed)
                {
                    throw new DomainException("Transfer.CounterClosed", target);
                }

                ticket.TransferToCounter(target);
                c.Audit("ticket.transfer", ticket.Number, $"转至{target}号窗口");
            }

            c.Counter.EndServing(c.Now);
            c.TicketChanged(ticket);
            c.CounterChanged();
        }, ct);
}
