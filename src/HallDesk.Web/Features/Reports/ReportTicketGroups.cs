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
    /// mark; and the waits of each hall, day and column, the one figure a percentile needs one by one.
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

        var groups = await rows
            .GroupBy(r => new { r.Hall, r.Day, r.Key, r.Status, r.Assisted })
            .Select(g => new Group(
                g.Key.Hall,
                g.Key.Day,
                g.Key.Key,
                g.Key.Status,
                g.Key.Assisted,
                g.Count(),
                g.Sum(r => r.Wait),
                g.Sum(r => r.Service),
                g.Count(r => r.Service != null)))
            .ToListAsync(ct);
        var waits = await rows.Where(r => r.Wait != null).Select(r => new { r.Hall, r.Day, r.Key, Wait = r.Wait!.Value }).ToListAsync(ct);
        return new ReportTicketGroups(groups, waits.GroupBy(w => (w.Hall, w.Day, w.Key)).ToDictionary(g => g.Key, g => g.Select(w => w.Wait).ToArray()));
    }

    private static readonly Expression<Func<Ticket, string?, TicketRow>> Shape = (t, key) => new TicketRow
    {
        Hall = t.HallCode,
        Day = t.ServiceDate,
        Key = key,
        Status = t.Status,
        Assisted = t.Assisted,
        Wait = SqlSeconds.Between(t.IssuedAt, t.CalledAt),
        Service = SqlSeconds.Between(t.ServiceStartedAt, t.FinishedAt),
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

    public sealed record Group(string Hall, DateOnly Day, string? Key, TicketStatus Status, bool Assisted, int Count, double? WaitSum, double? ServiceSum, int ServiceCount);
}
