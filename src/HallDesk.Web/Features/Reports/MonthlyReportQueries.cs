using HallDesk.Data;
using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Reports;

/// <summary>
/// The facts of the 分建统管 monthly report, from the cases themselves: <c>IsBundle</c> (一件事), the items'
/// <c>ByCommitment</c> (告知承诺), the materials' state (免提交), the visit's 帮办 mark (the ticket the case was taken
/// in on, or a 代办点's agent taking it in), the agent (代理人) and the 免费邮寄寄出 step of the case history.
/// </summary>
public sealed class MonthlyReportQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    private static readonly MaterialState[] Waived = [MaterialState.FromLicence, MaterialState.FromDepartment, MaterialState.FromStage];

    /// <param name="hallCode">One hall (a hall manager's), or null for every hall.</param>
    public async Task<MonthlyReport> LoadAsync(string? hallCode, DateOnly month, CancellationToken ct = default)
    {
        var from = new DateOnly(month.Year, month.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var fromUtc = Infrastructure.HallTime.StartOfDayUtc(from);
        var toUtc = Infrastructure.HallTime.StartOfDayUtc(to.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var halls = await db.Halls.AsNoTracking().Where(h => hallCode == null || h.Code == hallCode).OrderBy(h => h.Id)
            .Select(h => new { h.Code, h.Name }).ToListAsync(ct);

        var accepted = await db.Cases.AsNoTracking()
            .Where(c => (hallCode == null || c.HallCode == hallCode) && c.AcceptedOn >= from && c.AcceptedOn <= to)
            .Select(c => new { c.HallCode, c.IsBundle, c.Items, c.Materials, c.AgentName, c.TicketId, c.AgencyPointCode })
            .ToListAsync(ct);
        var assistedTickets = await db.Cases.AsNoTracking()
            .Where(c => (hallCode == null || c.HallCode == hallCode) && c.AcceptedOn >= from && c.AcceptedOn <= to && c.TicketId != null)
            .Join(db.Tickets.AsNoTracking().Where(t => t.Assisted), c => c.TicketId, t => (long?)t.Id, (c, t) => t.Id)
            .ToListAsync(ct);
        var assisted = assistedTickets.ToHashSet();

        // Posted in the month, whenever accepted: the step is in the case history (a JSON column), read for mailed cases only.
        var mailed = await db.Cases.AsNoTracking()
            .Where(c => (hallCode == null || c.HallCode == hallCode) && c.DeliveryMethod == DeliveryMethod.Mail)
            .Select(c => new { c.HallCode, c.Events })
            .ToListAsync(ct);
        var mailedByHall = mailed
            .Where(c => c.Events.Any(e => e.Action == CaseJournal.Mailed && e.At >= fromUtc && e.At < toUtc))
            .GroupBy(c => c.HallCode)
            .ToDictionary(g => g.Key, g => g.Count());

        var byHall = accepted.ToLookup(c => c.HallCode);
        var rows = halls.Select(h =>
        {
            var cases = byHall[h.Code].ToList();
            var commitment = cases.Count(c => c.Items.Any(i => i.ByCommitment));
            return new MonthlyHallRow(
                h.Code,
                h.Name,
                cases.Count,
                cases.Count(c => c.IsBundle),
                commitment,
                ReportMath.Rate(commitment, cases.Count),
                cases.Sum(c => c.Materials.Count(m => Waived.Contains(m.State))),
                cases.Count(c => (c.TicketId is { } id && assisted.Contains(id)) || c.AgencyPointCode is not null),
                cases.Count(c => !string.IsNullOrWhiteSpace(c.AgentName)),
                mailedByHall.GetValueOrDefault(h.Code));
        }).ToList();
        // 代办点: each point's accepted cases, under its parent hall (points that took in nothing this month too).
        var byPoint = accepted.Where(c => c.AgencyPointCode is not null).GroupBy(c => c.AgencyPointCode!).ToDictionary(g => g.Key, g => g.Count());
        var hallCodes = halls.Select(h => h.Code).ToList();
        var points = (await db.AgencyPoints.AsNoTracking().Where(p => hallCodes.Contains(p.HallCode)).OrderBy(p => p.Id).ToListAsync(ct))
            .Select(p => new MonthlyPointRow(p.Code, p.Name, p.HallCode, byPoint.GetValueOrDefault(p.Code)))
            .OrderBy(p => hallCodes.IndexOf(p.HallCode)).ToList();
        return new MonthlyReport(from, rows, MonthlyReport.Sum(rows)) { Points = points };
    }
}
