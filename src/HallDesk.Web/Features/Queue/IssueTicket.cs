using HallDesk.Data;
using HallDesk.Domain.People;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>取号: the kiosk or the public API issues the next number of a line.</summary>
public sealed class IssueTicket(
    HallWriter writer,
    ITicketSlips slips,
    TicketReminders reminders,
    TimeProvider time)
{
    public sealed record Command(string Hall, string? Line, string? Phone, bool GreenChannel);

    public sealed record Result(string Number, string Hall, string Line, string LineName, DateTime IssuedAt, int Ahead, int EstimatedWaitMinutes);

    public static (string Line, string? Phone) Validate(Command command)
    {
        var line = command.Line?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(line) || line.Length != 1 || line[0] is < 'A' or > 'Z')
        {
            throw new InputException("line", "Ticket.LineRequired");
        }

        var phone = PhoneNumber.Normalize(command.Phone);
        if (phone is not null && !PhoneNumber.IsValidMobile(phone))
        {
            throw new InputException("phone", "Ticket.PhoneInvalid");
        }

        return (line, phone);
    }

    public async Task<Result> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var (lineCode, phone) = Validate(command);
        var (result, slip) = await writer.WriteAsync<(Result, SlipOrder)>(command.Hall, async (write, ct) =>
        {
            var db = write.Db;
            var hall = await db.Halls.SingleOrDefaultAsync(h => h.Code == command.Hall, ct)
                ?? throw new NotFoundException("Hall.NotFound", command.Hall);
            var line = await db.QueueLines.SingleOrDefaultAsync(l => l.HallCode == hall.Code && l.Code == lineCode, ct)
                ?? throw new InputException("line", "Line.NotInNamedHall", hall.Name, lineCode);

            var now = time.GetUtcNow().UtcDateTime;
            EnsureOpen(hall, now);
            if (line.IsRetired)
            {
                throw new InputException("line", "Line.Retired", line.Code);
            }

            var (result, issued, slip) = await IssueInAsync(write, reminders, hall, line, phone, command.GreenChannel, appointment: null, actor, now, ct);
            // 今日已满: judged on the new ticket's own estimate (a green-channel ticket may still fit); the part is rolled
            // back, so the refused number is never issued. An appointment check-in is never refused: its slot is booked.
            if (hall.WaitPassesClosing(now, result.EstimatedWaitMinutes))
            {
                throw new DomainException("Ticket.LineFull", line.Code, line.Name, result.EstimatedWaitMinutes, hall.ClosesAt);
            }

            return ((result, slip), [issued]);
        }, ct);

        // The ticket is committed: its slip is archived even if the caller has gone meanwhile.
        await slips.ArchiveAsync(slip, CancellationToken.None);
        return result;
    }

    internal static void EnsureOpen(Hall hall, DateTime now)
    {
        if (hall.IsRetired)
        {
            throw new DomainException("Hall.Retired", hall.Name);
        }

        if (!hall.IsOpenAt(now))
        {
            throw new DomainException("Ticket.HallClosed", hall.Name, hall.OpensAt, hall.ClosesAt);
        }
    }

    /// <summary>
    /// Numbers and stores a ticket inside the caller's write scope (the caller commits, publishes the event and then has
    /// the slip archived, outside the hall's lock): the kiosk's walk-in ticket and the appointment check-in share it.
    /// </summary>
    internal static async Task<(Result Result, TicketIssuedEvent Issued, SlipOrder Slip)> IssueInAsync(
        WriteScope write, TicketReminders reminders, Hall hall, QueueLine line, string? phone, bool greenChannel,
        (string Code, DateTime SlotStartUtc)? appointment, Actor actor, DateTime now, CancellationToken ct)
    {
        var db = write.Db;
        var today = hall.LocalDate(now);
        var highest = await db.Tickets
            .Where(t => t.HallCode == hall.Code && t.ServiceDate == today && t.IssuedLine == line.Code)
            .MaxAsync(t => (int?)t.Sequence, ct);
        var ticket = Ticket.Issue(hall.Code, line.Code, today, TicketNumber.Next(highest), phone, greenChannel, now);
        if (appointment is { } booked)
        {
            ticket.ForAppointment(booked.Code, booked.SlotStartUtc);
        }

        db.Tickets.Add(ticket);
        write.Audit(now, actor, "ticket.issue", $"{hall.Code}/{ticket.Number}",
            appointment is { } b ? $"预约签到 {b.Code}" : greenChannel ? "绿色通道" : "");
        await db.SaveChangesAsync(ct);

        var ahead = await QueuePosition.AheadAsync(db, ticket, ct);
        var watchToken = await reminders.AddIssuedAsync(write, ticket, ahead, now, ct);
        var stats = await QueueQueries.LineStatsAsync(db, hall, now, ct);
        var lineStats = stats.Single(s => s.Code == line.Code);
        var estimate = lineStats.EstimateFor(ahead);

        return (
            new Result(ticket.Number, hall.Code, line.Code, line.Name, now, ahead, estimate),
            new TicketIssuedEvent(hall.Code, ticket.Number, line.Code, now, stats.Select(s => s.ToView(now)).ToList(), TicketTimes.Of(ticket)),
            new SlipOrder(hall.Code, hall.Name, hall.ShortName, ticket.Number, today, line.Name, ahead, estimate, now, hall.ToLocal(ticket.IssuedAt),
                QueueQueries.Slot(hall, ticket.AppointmentAt), watchToken));
    }
}
