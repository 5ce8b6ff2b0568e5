using HallDesk.Domain;
using HallDesk.Domain.People;
using HallDesk.Domain.Queue;
using HallDesk.Web.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>取号: the kiosk or the public API issues the next number of a line.</summary>
public sealed class IssueTicket(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    QueueNotifier notifier,
    TimeProvider time)
{
    public sealed record Command(string Hall, string? Line, string? Phone, bool GreenChannel);

    public sealed record Result(string Number, string Hall, string Line, string LineName, DateTime IssuedAt, int Ahead, int EstimatedWaitMinutes);

    public static (string Line, string? Phone) Validate(Command command)
    {
        var line = command.Line?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(line) || line.Length != 1 || line[0] is < 'A' or > 'Z')
        {
            throw new InputException("line", "请选择要办理的业务（业务代码为一个字母，如 A）。");
        }

        var phone = PhoneNumber.Normalize(command.Phone);
        if (phone is not null && !PhoneNumber.IsValidMobile(phone))
        {
            throw new InputException("phone", "手机号码格式不正确，请输入 11 位手机号码，或不填。");
        }

        return (line, phone);
    }

    public async Task<Result> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var (lineCode, phone) = Validate(command);

        TicketIssuedEvent issued;
        Result result;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var hall = await db.Halls.SingleOrDefaultAsync(h => h.Code == command.Hall, ct)
                ?? throw new NotFoundException($"没有找到大厅“{command.Hall}”。");
            var line = await db.QueueLines.SingleOrDefaultAsync(l => l.HallCode == hall.Code && l.Code == lineCode, ct)
                ?? throw new InputException("line", $"{hall.Name}没有 {lineCode} 类业务。");

            var now = time.GetUtcNow().UtcDateTime;
            if (!hall.IsOpenAt(now))
            {
                throw new DomainException($"{hall.Name}现在不在办公时间（{hall.OpensAt:HH\\:mm}–{hall.ClosesAt:HH\\:mm}），暂停取号。");
            }

            var today = hall.LocalDate(now);
            var highest = await db.Tickets
                .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.IssuedLine == line.Code)
                .MaxAsync(t => (int?)t.Sequence, ct);
            var ticket = Ticket.Issue(hall.Code, line.Code, today, TicketNumber.Next(highest), phone, command.GreenChannel, now);
            db.Tickets.Add(ticket);
            write.Audit(now, actor, "ticket.issue", $"{hall.Code}/{ticket.Number}", command.GreenChannel ? "绿色通道" : "");
            await db.SaveChangesAsync(ct);

            var ahead = await db.Tickets.CountAsync(
                t => t.HallCode == hall.Code && t.ServiceDate == today && t.Status == TicketStatus.Waiting
                    && t.LineCode == line.Code && t.Id != ticket.Id
                    && (ticket.GreenChannel ? t.GreenChannel && t.QueuedAt <= ticket.QueuedAt : t.GreenChannel || t.QueuedAt <= ticket.QueuedAt),
                ct);
            var stats = await QueueQueries.LineStatsAsync(db, hall, now, ct);
            var lineStats = stats.Single(s => s.Code == line.Code);
            await write.CommitAsync(ct);

            result = new Result(ticket.Number, hall.Code, line.Code, line.Name, now, ahead, lineStats.EstimateFor(ahead));
            issued = new TicketIssuedEvent(hall.Code, ticket.Number, line.Code, now, stats.Select(s => s.ToView(now)).ToList());
        }

        await notifier.PublishAsync(issued);
        return result;
    }
}
