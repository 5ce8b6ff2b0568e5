using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// 转移: sends the current ticket, keeping its number, to another line or to one named counter, where it waits at the
/// head, at the tail, or by its original issue time, as the clerk chose.
/// </summary>
public sealed class TransferTicket(CounterDesk desk)
{
    /// <param name="ToLine">A line code of the hall, or null.</param>
    /// <param name="ToCounter">A counter number of the hall, or null; exactly one of the two is given.</param>
    /// <param name="Position">排在队首 / 排在队尾 / 按原取号时间 where it goes.</param>
    public sealed record Command(string? ToLine, int? ToCounter, TransferPosition Position = TransferPosition.ByIssueTime);

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

                var earliest = command.Position == TransferPosition.Head
                    ? await c.WaitingToday().Where(t => t.LineCode == line && t.TransferredToCounter == null).MinAsync(t => (DateTime?)t.QueuedAt, ct)
                    : null;
                ticket.TransferToLine(line, QueuePlacement.ForTransfer(command.Position, earliest, ticket.IssuedAt, c.Now));
                c.Audit("ticket.transfer", ticket.Number, $"转至{line}类业务，{PositionText(command.Position)}");
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

                var earliest = command.Position == TransferPosition.Head
                    ? await c.WaitingToday().Where(t => t.TransferredToCounter == target).MinAsync(t => (DateTime?)t.QueuedAt, ct)
                    : null;
                ticket.TransferToCounter(target, QueuePlacement.ForTransfer(command.Position, earliest, ticket.IssuedAt, c.Now));
                c.Audit("ticket.transfer", ticket.Number, $"转至{target}号窗口，{PositionText(command.Position)}");
            }

            c.Counter.EndServing(c.Now);
            c.TicketChanged(ticket);
            c.CounterChanged();
        }, ct);

    /// <summary>The audit's words for the position (the audit log is Chinese, like the hall's records).</summary>
    private static string PositionText(TransferPosition position) => position switch
    {
        TransferPosition.Head => "排在队首",
        TransferPosition.Tail => "排在队尾",
        _ => "按原取号时间",
    };
}
