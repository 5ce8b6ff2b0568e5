using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// The shared frame of every action a clerk takes at their counter: one write scope, the clerk's
/// own open counter, the audit line, and the events published after commit.
/// </summary>
public sealed class CounterDesk(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    HallWriter writer,
    TicketReminders reminders,
    TimeProvider time)
{
    public async Task<T> RunAsync<T>(Actor actor, Func<DeskContext, Task<T>> action, CancellationToken ct)
    {
        var hallCode = await HallOfOpenCounterAsync(actor, ct) ?? throw NoOpenCounter();
        return await writer.WriteAsync<T>(hallCode, async (write, ct) =>
        {
            var db = write.Db;
            var counter = await db.Counters.SingleOrDefaultAsync(c => c.ClerkUserId == actor.UserId && c.State != CounterState.Closed && c.HallCode == hallCode, ct)
                ?? throw NoOpenCounter();
            var hall = await db.Halls.SingleAsync(h => h.Code == counter.HallCode, ct);
            var current = counter.CurrentTicketId is { } id ? await db.Tickets.SingleAsync(t => t.Id == id, ct) : null;
            var context = new DeskContext(write, hall, counter, current, actor, time.GetUtcNow().UtcDateTime);
            if (counter.EndDayProfile(hall.LocalDate(context.Now)))
            {
                // Yesterday's 仅今日 lines: this action already follows the counter's own (the sweep may not have run yet).
                context.CounterChanged();
            }

            var result = await action(context);

            await db.SaveChangesAsync(ct);
            // Which waiting tickets came near (即将叫到您) is checked once for the hall's whole batch, after its last write.
            var now = context.Now;
            write.OnceBeforeCommit("near:" + hall.Code, ct => reminders.AddNearAsync(write, hall, now, ct));
            return (result, await context.BuildEventsAsync(ct));
        }, ct);
    }

    public Task RunAsync(Actor actor, Func<DeskContext, Task> action, CancellationToken ct) =>
        RunAsync(actor, async c =>
        {
            await action(c);
            return true;
        }, ct);

    /// <summary>Which hall's writes this one queues behind; read before the write scope, and checked again inside it.</summary>
    private async Task<string?> HallOfOpenCounterAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Counters.Where(c => c.ClerkUserId == actor.UserId && c.State != CounterState.Closed)
            .Select(c => c.HallCode).FirstOrDefaultAsync(ct);
    }

    private static DomainException NoOpenCounter() => new("您还没有开启窗口，请先开启窗口。");
}

/// <summary>What an action at the counter sees and says.</summary>
public sealed class DeskContext(WriteScope write, Hall hall, Counter counter, Ticket? current, Actor actor, DateTime now)
{
    private readonly List<(Ticket Ticket, bool Called)> _ticketEvents = [];
    private bool _counterChanged;

    public HallDeskDbContext Db => write.Db;

    public Hall Hall { get; } = hall;

    public Counter Counter { get; } = counter;

    public Ticket? Current { get; } = current;

    public DateTime Now { get; } = now;

    public Ticket RequireCurrent() =>
        Current ?? throw new DomainException("Counter.NoCurrentTicket", Counter.Number);

    public void Audit(string action, string subject, string details = "") => write.Audit(Now, actor, action, $"{Hall.Code}/{subject}", details);

    public void TicketCalled(Ticket ticket) => _ticketEvents.Add((ticket, true));

    public void TicketChanged(Ticket ticket) => _ticketEvents.Add((ticket, false));

    public void CounterChanged() => _counterChanged = true;

    /// <summary>Keeps a value for the hall's next write in the same batch (<see cref="WriteScope.Keep"/>).</summary>
    public void Keep(string key, object value) => write.Keep(key, value);

    /// <summary>What the write just before this one in the batch kept (<see cref="WriteScope.Kept{T}"/>).</summary>
    public T? Kept<T>(string key)
        where T : class => write.Kept<T>(key);

    /// <summary>Tickets waiting today in a hall, the pool call-next and rejoin work on.</summary>
    public IQueryable<Ticket> WaitingToday() =>
        Db.Tickets.Where(t => t.HallCode == Hall.Code && t.ServiceDate == Hall.LocalDate(Now) && t.Status == TicketStatus.Waiting);

    internal async Task<List<QueueEvent>> BuildEventsAsync(CancellationToken ct)
    {
        var events = new List<QueueEvent>();
        if (_ticketEvents.Count > 0)
        {
            // The hall's writer reads the figures once for the whole commit (HallWriter), after its last write.
            var lines = QueueBatch.AfterTheBatch;
            foreach (var (ticket, called) in _ticketEvents)
            {
                events.Add(called
                    ? new TicketCalledEvent(Hall.Code, ticket.Number, ticket.LineCode, Counter.Number, ticket.CalledAt ?? Now, ticket.CallCount, lines,
                        QueueQueries.Slot(Hall, ticket.AppointmentAt), TicketTimes.Of(ticket))
                    : new TicketChangedEvent(Hall.Code, ticket.Number, ticket.Status.ToString(), ticket.CounterNumber, lines, TicketTimes.Of(ticket)));
            }
        }

        if (_counterChanged)
        {
            // The counter's ticket is most often one this action holds already (the one it called or served).
            var held = _ticketEvents.Select(e => e.Ticket).Append(Current).FirstOrDefault(t => t is not null && t.Id == Counter.CurrentTicketId);
            var current = held is not null
                ? new { held.Number, held.Status, held.AppointmentAt }
                : Counter.CurrentTicketId is { } id
                    ? await Db.Tickets.Where(t => t.Id == id).Select(t => new { t.Number, t.Status, t.AppointmentAt }).SingleAsync(ct)
                    : null;
            events.Add(new CounterChangedEvent(Hall.Code, QueueQueries.ToView(Counter, current?.Number, current?.Status, QueueQueries.Slot(Hall, current?.AppointmentAt))));
        }

        return events;
    }
}
