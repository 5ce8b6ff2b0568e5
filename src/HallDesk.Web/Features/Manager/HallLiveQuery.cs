using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>The manager's live view: the board snapshot plus today's figures and what the alerts are made of.</summary>
public sealed class HallLiveQuery(IDbContextFactory<HallDeskDbContext> dbFactory, QueueQueries queries, EvaluationQueries evaluations, TodayTickets todayTickets,
    CommitmentCheckQueries commitments, TransferQueries transfers, TimeProvider time)
{
    private readonly SharedReads<HallFigures> _figures = new();

    public async Task<HallLive?> LoadAsync(string hallCode, CancellationToken ct = default)
    {
        var snapshot = await queries.SnapshotAsync(hallCode, ct);
        if (snapshot is null)
        {
            return null;
        }

        var figures = await FiguresAsync(hallCode, ct);
        return new HallLive(snapshot, figures.Today, figures.Thresholds, figures.OverdueRectifications, figures.MissingScheduleYear, figures.CommitmentChecks,
            figures.Transfers);
    }

    /// <summary>
    /// Today's figures and what the alerts are measured against: what no queue event carries. The manager views of a
    /// hall that ask at the same time share one read.
    /// </summary>
    public Task<HallFigures> FiguresAsync(string hallCode, CancellationToken ct = default) =>
        _figures.ReadAsync(hallCode, () => ReadFiguresAsync(hallCode, CancellationToken.None), ct);

    private async Task<HallFigures> ReadFiguresAsync(string hallCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), hall.TimeZone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue), hall.TimeZone);

        // The day's tickets summed by the events, not read again per commit (issue 23).
        var tickets = await todayTickets.FiguresAsync(hallCode, ct) ?? DayTicketFigures.Of([]);
        var levels = await db.Evaluations.AsNoTracking()
            .Where(e => e.HallCode == hallCode && e.CreatedAt >= fromUtc && e.CreatedAt < toUtc)
            .Select(e => e.Level)
            .ToListAsync(ct);
        var accepted = await db.Cases.AsNoTracking().CountAsync(c => c.HallCode == hallCode && c.AcceptedOn == today, ct);

        return new HallFigures(
            TodayFigures.Of(tickets, levels, accepted, await CasesAtRedAsync(db, hallCode, today, ct)),
            new AlertThresholds(hall.WaitAlertMinutes, hall.PauseAlertMinutes, hall.ServiceAlertMinutes),
            await evaluations.OverdueRectificationsAsync(hallCode, ct),
            (await CalendarStore.LoadAsync(db, ct)).MissingScheduleYear(today),
            await commitments.FiguresAsync(hallCode, ct),
            await transfers.FiguresOfHallAsync(hallCode, ct));
    }

    /// <summary>Cases of the hall with a department's part still open past its deadline (the inbox's red light).</summary>
    private static async Task<int> CasesAtRedAsync(HallDeskDbContext db, string hallCode, DateOnly today, CancellationToken ct)
    {
        var open = await db.ReviewTasks.AsNoTracking()
            .Where(t => t.Status == ReviewStatus.Pending || t.Status == ReviewStatus.Returned)
            .Join(db.Cases.AsNoTracking().Where(c => c.HallCode == hallCode), t => t.CaseId, c => c.Id, (t, c) => t)
            .ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }

        var calendar = await CalendarStore.LoadAsync(db, ct);
        return open.Where(t => t.Light(calendar, today) == DeadlineLight.Red).Select(t => t.CaseId).Distinct().Count();
    }
}

public sealed record HallLive(BoardSnapshot Snapshot, TodayFigures Today, AlertThresholds Thresholds, int OverdueRectifications, int? MissingScheduleYear = null,
    CommitmentCheckFigures? CommitmentChecks = null, TransferFigures? Transfers = null)
{
    public HallLive With(HallFigures figures) =>
        this with
        {
            Today = figures.Today, Thresholds = figures.Thresholds, OverdueRectifications = figures.OverdueRectifications,
            MissingScheduleYear = figures.MissingScheduleYear, CommitmentChecks = figures.CommitmentChecks, Transfers = figures.Transfers,
        };
}

/// <param name="MissingScheduleYear">The year whose holiday schedule is due and not entered (see <see cref="Domain.Calendar.WorkCalendar.MissingScheduleYear"/>).</param>
/// <param name="CommitmentChecks">事后核查 of the hall's 告知承诺 cases: open, and past their date.</param>
/// <param name="Transfers">内部流转 of the hall's cases: open, and past their date.</param>
public sealed record HallFigures(TodayFigures Today, AlertThresholds Thresholds, int OverdueRectifications, int? MissingScheduleYear = null,
    CommitmentCheckFigures? CommitmentChecks = null, TransferFigures? Transfers = null);
