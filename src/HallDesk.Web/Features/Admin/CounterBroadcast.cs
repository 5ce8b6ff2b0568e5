using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>Builds the CounterChangedEvents that make boards and consoles redraw after a configuration change.</summary>
internal static class CounterBroadcast
{
    public static async Task<IReadOnlyList<QueueEvent>> EventsAsync(HallDeskDbContext db, string hallCode, IReadOnlyCollection<Counter> counters, CancellationToken ct)
    {
        var ids = counters.Where(c => c.CurrentTicketId is not null).Select(c => c.CurrentTicketId!.Value).ToList();
        var current = await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        return counters
            .Select(c => (QueueEvent)new CounterChangedEvent(hallCode, c.CurrentTicketId is { } id && current.TryGetValue(id, out var t)
                ? QueueQueries.ToView(c, t.Number, t.Status)
                : QueueQueries.ToView(c, null)))
            .ToList();
    }
}
