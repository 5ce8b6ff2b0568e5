using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// 完成: the service of the current ticket is finished; the counter is free for the next call. Says which
/// cases were taken in during this service: the ones the citizen's rating on the pad will cover.
/// </summary>
public sealed class FinishService(CounterDesk desk)
{
    public sealed record ServiceCase(string CaseNumber, string SubjectName);

    public sealed record Finished(string TicketNumber, DateOnly ServiceDate, IReadOnlyList<ServiceCase> Cases);

    public Task<Finished> HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, async c =>
        {
            var ticket = c.RequireCurrent();
            ticket.Finish(c.Now);
            c.Counter.EndServing(c.Now);
            var cases = await c.Db.Cases.AsNoTracking().TakenInDuring(ticket).Select(x => new ServiceCase(x.CaseNumber, x.SubjectName)).ToListAsync(ct);
            c.Audit("ticket.finish", ticket.Number, cases.Count > 0 ? $"办件 {string.Join("、", cases.Select(x => x.CaseNumber))}" : "");
            c.TicketChanged(ticket);
            c.CounterChanged();
            return new Finished(ticket.Number, ticket.ServiceDate, cases);
        }, ct);
}
