using System.Linq.Expressions;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace HallDesk.Web.Features.Reports;

/// <summary>A range's tickets as the database groups them for the report, and their waits for the percentile.</summary>
internal sealed record ReportTicketGroups(IReadOnlyList<ReportTicketGroups.Group> Groups, IReadOnlyDictionary<(string Hall, DateOnly Day, string? Key), double[]> Waits)
{
    /// <summary>
    /// The tickets of the range counted and summed by the database per hall, day, the dimension's column, status and 帮办
    /// mark; and the waits of each hall, day and column, the one figure a percentile needs one by one, read as bare
    /// numbers from the report's index (the seconds the ticket keeps) in the groups' order.
    /// </summary>
    public static async Task<ReportTicketGroups> LoadAsync(HallDeskDbContext db, string? hallCode, DateOnly from, DateOnly to, ReportDimension by, CancellationToken ct)
    {
        var inRange = db.Tickets.AsNoTracking().Where(t => t.ServiceDate >= from && t.ServiceDate <= to);
        if (hallCode is not null)
        {
            inRange = inRange.Where(t => t.HallCode == hallCode);
        }

        var rows = inRange.Select(RowOf(by switch
        {
            ReportDimension.Line => t => t.IssuedLine,
#pragma warning disable CA1305 // Translated to SQL (a cast to text): no culture takes part.
            ReportDimension.Counter => t => t.CounterNumber.ToString(),
#pragma warning restore CA1305
            ReportDimension.Clerk => t => t.ClerkUserId,
            ReportDimension.Hall => t => t.HallCode,
            // A department or an item is the case's, found by the ticket's number.
            _ => t => t.Number,
        }));

        // Both statements read one state of the tickets: the waits are cut into groups by the groups' counts.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var groups = await rows
            .GroupBy(r => new { r.Hall, r.Day, r.Key, r.Status, r.Assisted })
            .OrderBy(g => g.Key.Hall).ThenBy(g => g.Key.Day).ThenBy(g => g.Key.Key).ThenBy(g => g.Key.Status).ThenBy(g => g.Key.Assisted)
            .Select(g => new Group(
                g.Key.Hall,
                g.Key.Day,
                g.Key.Key,
                g.Key.Status,
                g.Key.Assisted,
                g.Count(),
                g.Sum(r => r.Wait),
                g.Count(r => r.Wait != null),
                g.Sum(r => r.Service),
                g.Count(r => r.Service != null)))
            .ToListAsync(ct);
        // The waits alone, one number each, in the groups' order (the database's, so both agree on it): no hall, day or
        // key is read or made per ticket.
        var waits = await rows.Where(r => r.Wait != null)
            .OrderBy(r => r.Hall).ThenBy(r => r.Day).ThenBy(r => r.Key)
            .Select(r => r.Wait!.Value)
            .ToArrayAsync(ct);
        await snapshot.CommitAsync(ct);
        return new ReportTicketGroups(groups, Cut(groups, waits));
    }

    /// <summary>
    /// The waits of each hall, day and key: the groups come in (hall, day, key, …) order, the waits in (hall, day, key)
    /// order, so a key's waits are the next as many as its groups count.
    /// </summary>
    private static Dictionary<(string Hall, DateOnly Day, string? Key), double[]> Cut(List<Group> groups, double[] waits)
    {
        var result = new Dictionary<(string, DateOnly, string?), double[]>();
        var at = 0;
        for (var i = 0; i < groups.Count;)
        {
            var (hall, day, key) = (groups[i].Hall, groups[i].Day, groups[i].Key);
            var count = 0;
            for (; i < groups.Count && groups[i].Hall == hall && groups[i].Day == day && groups[i].Key == key; i++)
            {
                count += groups[i].WaitCount;
            }

            if (count > 0)
            {
                result[(hall, day, key)] = waits[at..(at + count)];
                at += count;
            }
        }

        return at == waits.Length
            ? result
            : throw new InvalidOperationException($"The report's groups count {at} waits, the database gave {waits.Length}.");
    }

    private static readonly Expression<Func<Ticket, string?, TicketRow>> Shape = (t, key) => new TicketRow
    {
        Hall = t.HallCode,
        Day = t.ServiceDate,
        Key = key,
        Status = t.Status,
        Assisted = t.Assisted,
        Wait = t.WaitSeconds,
        Service = t.ServiceSeconds,
    };

    /// <summary>A ticket as the report groups it, its key the dimension's column.</summary>
    private static Expression<Func<Ticket, TicketRow>> RowOf(Expression<Func<Ticket, string?>> key) =>
        Expression.Lambda<Func<Ticket, TicketRow>>(
            ReplacingExpressionVisitor.Replace(Shape.Parameters[1], ReplacingExpressionVisitor.Replace(key.Parameters[0], Shape.Parameters[0], key.Body), Shape.Body),
            Shape.Parameters[0]);

    private sealed class TicketRow
    {
        public required string Hall { get; init; }

        public DateOnly Day { get; init; }

        public string? Key { get; init; }

        public TicketStatus Status { get; init; }

        public bool Assisted { get; init; }

        public double? Wait { get; init; }

        public double? Service { get; init; }
    }

    public sealed record Group(string Hall, DateOnly Day, string? Key, TicketStatus Status, bool Assisted, int Count, double? WaitSum, int WaitCount, double? ServiceSum, int ServiceCount);
}
