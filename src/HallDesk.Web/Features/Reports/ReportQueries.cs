using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Reports;

/// <summary>
/// Loads the facts of a hall's report: tickets counted and summed by the database (<see cref="ReportTicketGroups"/>,
/// docs/report-queries.md), cases and ratings by their columns, filtered in SQL by hall and day, untracked; the
/// adding up by key, period and total is <see cref="ReportMath"/>'s. Case measures count on their own day: accepted on the day of
/// acceptance, concluded on the day of conclusion; overdue and one-visit are shares of the cases accepted.
/// </summary>
public sealed class ReportQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    public const string UnlinkedLabel = "（未关联）";

    /// <summary>The name a report over every hall goes by.</summary>
    public const string AllHallsName = "全区各大厅";

    /// <summary>The code in a report's file name and audit line when it covers every hall.</summary>
    public const string AllHalls = "all";

    private static readonly string[] CorrectionActions = ["补正告知", "退回补正"];

    /// <param name="hallCode">The hall; null for every hall (the district's view, rows by hall).</param>
    public async Task<HallReport?> LoadAsync(string? hallCode, DateOnly from, DateOnly to, ReportPeriod period, ReportDimension by, CancellationToken ct = default) =>
        (await LoadWithCrossAsync(hallCode, from, to, period, by, cross: false, ct)).Report;

    /// <summary>The report and, for the export, its rows by key within each period.</summary>
    public async Task<(HallReport? Report, IReadOnlyList<ReportCrossRow> Cross)> LoadWithCrossAsync(
        string? hallCode, DateOnly from, DateOnly to, ReportPeriod period, ReportDimension by, bool cross, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = hallCode is null
            ? new { Code = AllHalls, Name = AllHallsName }
            : await db.Halls.AsNoTracking().Where(h => h.Code == hallCode).Select(h => new { h.Code, h.Name }).SingleOrDefaultAsync(ct);
        if (hall is null)
        {
            return (null, []);
        }

        var facts = await FactsAsync(db, hallCode, from, to, by, ct);
        var (rows, periods, total) = ReportMath.Group(facts, from, to, period);
        if (by == ReportDimension.Hall)
        {
            // Side by side means every hall, a quiet one too.
            var quiet = facts.Labels.Where(l => l.Key != ReportMath.Unlinked && rows.All(r => r.Key != l.Key))
                .Select(l => new ReportRow(l.Key, l.Value, ReportMath.Sum([], [], [])));
            // In the district's order (the district hall, then its street halls as they were set up), as /district shows them.
            var order = facts.Labels.Keys.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
            rows = [.. rows.Concat(quiet).OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue)).ThenBy(r => r.Key, StringComparer.Ordinal)];
        }

        return (new HallReport(hall.Code, hall.Name, from, to, period, by, rows, periods, total),
            cross ? ReportMath.Cross(facts, from, to, period) : []);
    }

    /// <summary>The halls a district role may choose, in the district's order (the centre first).</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> HallsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Id).Select(h => new { h.Code, h.Name }).ToListAsync(ct);
        return halls.Select(h => (h.Code, h.Name)).ToList();
    }

    private async Task<ReportCells> FactsAsync(HallDeskDbContext db, string? hallCode, DateOnly from, DateOnly to, ReportDimension by, CancellationToken ct)
    {
        var fromUtc = Infrastructure.HallTime.StartOfDayUtc(from);
        var toUtc = Infrastructure.HallTime.StartOfDayUtc(to.AddDays(1));
        var today = Hall.TodayIn(Hall.DefaultTimeZone, time.GetUtcNow().UtcDateTime);
        static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(Infrastructure.HallTime.Local(utc));

        var tickets = await ReportTicketGroups.LoadAsync(db, hallCode, from, to, by, ct);

        var cases = await db.Cases.AsNoTracking()
            .Where(c => (hallCode == null || c.HallCode == hallCode)
                && ((c.AcceptedOn >= from && c.AcceptedOn <= to)
                    || (c.ConcludedAt >= fromUtc && c.ConcludedAt < toUtc)
                    || (c.ReceivedAt >= fromUtc && c.ReceivedAt < toUtc)))
            .Select(c => new { c.Id, c.HallCode, c.TicketNumber, c.ClerkName, c.SubjectCode, c.SubjectName, c.Items, c.Events, c.ReceivedAt, c.AcceptedOn, c.ConcludedAt })
            .ToListAsync(ct);

        // Only the tasks of cases accepted in the range decide "overdue"; joined in SQL, not by a list of ids.
        var acceptedIds = db.Cases.Where(c => (hallCode == null || c.HallCode == hallCode) && c.AcceptedOn >= from && c.AcceptedOn <= to).Select(c => c.Id);
        var tasks = await db.ReviewTasks.AsNoTracking().Where(t => acceptedIds.Contains(t.CaseId)).ToListAsync(ct);
        var calendar = tasks.Count == 0 ? null : await CalendarStore.LoadAsync(db, ct);
        var overdueByCase = tasks.GroupBy(t => t.CaseId).ToDictionary(
            g => g.Key,
            g => g.Where(t => IsOverdue(t, calendar!, today)).Select(t => t.DepartmentCode).ToHashSet());

        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => (hallCode == null || e.HallCode == hallCode) && e.CreatedAt >= fromUtc && e.CreatedAt < toUtc)
            .Select(e => new { e.HallCode, e.CreatedAt, e.Level, e.Channel, e.TicketNumber, e.CounterNumber, e.ClerkName, e.DepartmentCode, e.ItemCode, e.ItemName })
            .ToListAsync(ct);

        var labels = await LabelsAsync(db, hallCode, by, ct);
        var clerkNames = by == ReportDimension.Clerk
            ? await db.Users.AsNoTracking().Where(u => hallCode == null || u.HallCode == hallCode).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct)
            : [];

        // A ticket and the case taken in on it share the hall, the local day and the number.
        var caseOfTicket = cases.Where(c => c.TicketNumber is not null)
            .GroupBy(c => (c.HallCode, LocalDay(c.ReceivedAt), c.TicketNumber!))
            .ToDictionary(g => g.Key, g => g.First());
        // A case's counter is its ticket's: read for the few tickets that cases were taken in on.
        var counterOfTicket = by == ReportDimension.Counter
            ? await CountersOfAsync(db, hallCode, from, to, [.. cases.Where(c => c.TicketNumber is not null).Select(c => c.TicketNumber!).Distinct()], ct)
            : [];

        string Key(string? value) => string.IsNullOrEmpty(value) ? ReportMath.Unlinked : value;
        string LineOf(string? number) => Key(number is { Length: > 0 } ? number[..1] : null);

        // The database's groups, keyed as the report keys them: a clerk by name, a department or item through the case.
        var ticketCells = tickets.Groups.Select(g =>
        {
            var @case = by is ReportDimension.Department or ReportDimension.Item && g.Key is { } number
                ? caseOfTicket.GetValueOrDefault((g.Hall, g.Day, number))
                : null;
            var key = by switch
            {
                ReportDimension.Line or ReportDimension.Counter => g.Key,
                ReportDimension.Clerk => g.Key is { } id ? clerkNames.GetValueOrDefault(id, id) : null,
                ReportDimension.Department => @case?.Items.FirstOrDefault()?.DepartmentCode,
                ReportDimension.Hall => g.Hall,
                _ => @case?.SubjectCode,
            };
            return (Group: g, Key: Key(key));
        })
        .GroupBy(x => (x.Group.Day, x.Key))
        .Select(cell =>
        {
            var groups = cell.ToList();
            var done = groups.Where(x => x.Group.Status == TicketStatus.Done).ToList();
            return new TicketCell(
                cell.Key.Day,
                cell.Key.Key,
                groups.Sum(x => x.Group.Count),
                done.Sum(x => x.Group.Count),
                groups.Where(x => x.Group.Status == TicketStatus.NoShow).Sum(x => x.Group.Count),
                done.Where(x => x.Group.Assisted).Sum(x => x.Group.Count),
                groups.Sum(x => x.Group.WaitSum ?? 0),
                [.. groups.Select(x => (x.Group.Hall, x.Group.Key)).Distinct().SelectMany(k => tickets.Waits.GetValueOrDefault((k.Hall, cell.Key.Day, k.Key), []))],
                done.Sum(x => x.Group.ServiceSum ?? 0),
                done.Sum(x => x.Group.ServiceCount));
        }).ToList();

        var caseFacts = cases.SelectMany(c =>
        {
            var accepted = c.AcceptedOn;
            var concluded = c.ConcludedAt is { } at ? LocalDay(at) : (DateOnly?)null;
            var oneVisit = !c.Events.Any(e => CorrectionActions.Contains(e.Action));
            var overdue = overdueByCase.GetValueOrDefault(c.Id) ?? [];
            if (by == ReportDimension.Department)
            {
                // A bundle's case counts once in each department it reaches; overdue is that department's part.
                return c.Items.Select(i => i.DepartmentCode).Distinct()
                    .Select(d => new CaseFact(accepted, concluded, Key(d), overdue.Contains(d), oneVisit));
            }

            var key = by switch
            {
                ReportDimension.Line => LineOf(c.TicketNumber),
                ReportDimension.Counter => c.TicketNumber is { } n && counterOfTicket.TryGetValue((c.HallCode, LocalDay(c.ReceivedAt), n), out var counter)
                    ? counter.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                ReportDimension.Clerk => c.ClerkName,
                ReportDimension.Hall => c.HallCode,
                _ => c.SubjectCode,
            };
            return [new CaseFact(accepted, concluded, Key(key), overdue.Count > 0, oneVisit)];
        }).ToList();

        var evaluationFacts = evaluations.Select(e => new EvaluationFact(
            LocalDay(e.CreatedAt),
            by switch
            {
                ReportDimension.Line => LineOf(e.TicketNumber),
                ReportDimension.Counter => Key(e.CounterNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ReportDimension.Clerk => Key(e.ClerkName),
                ReportDimension.Department => Key(e.DepartmentCode),
                ReportDimension.Hall => e.HallCode,
                _ => Key(e.ItemCode),
            },
            e.Level,
            e.Channel == Domain.Evaluations.EvaluationChannel.Default)).ToList();

        if (by == ReportDimension.Item)
        {
            foreach (var c in cases)
            {
                labels.TryAdd(c.SubjectCode, c.SubjectName);
            }

            foreach (var e in evaluations.Where(e => e.ItemCode is not null))
            {
                labels.TryAdd(e.ItemCode!, e.ItemName ?? e.ItemCode!);
            }
        }

        labels[ReportMath.Unlinked] = UnlinkedLabel;
        return new ReportCells(ticketCells, caseFacts, evaluationFacts, labels);
    }

    /// <summary>The counters of the tickets that cases in the range were taken in on.</summary>
    private static async Task<Dictionary<(string, DateOnly, string), int>> CountersOfAsync(HallDeskDbContext db, string? hallCode, DateOnly from, DateOnly to, IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0)
        {
            return [];
        }

        var called = await db.Tickets.AsNoTracking()
            .Where(t => (hallCode == null || t.HallCode == hallCode) && t.ServiceDate >= from && t.ServiceDate <= to && t.CounterNumber != null && numbers.Contains(t.Number))
            .Select(t => new { t.HallCode, t.ServiceDate, t.Number, Counter = t.CounterNumber!.Value })
            .ToListAsync(ct);
        return called.ToDictionary(t => (t.HallCode, t.ServiceDate, t.Number), t => t.Counter);
    }

    /// <summary>Decided after its deadline, or still running past it; a clock stopped for correction or a special procedure is not late.</summary>
    private static bool IsOverdue(ReviewTask task, WorkCalendar calendar, DateOnly today)
    {
        var deadline = task.Deadline(calendar);
        if (task.Decided)
        {
            return task.DecidedAt is { } at && DateOnly.FromDateTime(Infrastructure.HallTime.Local(at)) > deadline;
        }

        return task.Status == ReviewStatus.Pending && !task.IsSuspended && today > deadline;
    }

    private static async Task<Dictionary<string, string>> LabelsAsync(HallDeskDbContext db, string? hallCode, ReportDimension by, CancellationToken ct) => by switch
    {
        ReportDimension.Hall => await db.Halls.AsNoTracking().Where(h => hallCode == null || h.Code == hallCode).OrderBy(h => h.Id).ToDictionaryAsync(h => h.Code, h => h.Name, ct),
        ReportDimension.Line => await db.QueueLines.AsNoTracking().Where(l => l.HallCode == hallCode)
            .ToDictionaryAsync(l => l.Code, l => $"{l.Code} {l.Name}", ct),
        ReportDimension.Counter => await db.Counters.AsNoTracking().Where(c => c.HallCode == hallCode)
            .ToDictionaryAsync(c => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), c => $"{c.Number}号 {c.Name}", ct),
        ReportDimension.Department => await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, ct),
        _ => [],
    };
}
