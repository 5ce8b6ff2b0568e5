using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>
/// Issue 21 item 5: "indexes that serve the report's filters". A hall's month is read from the report's covering index
/// alone, in index order: SQLite's plan for each of the report's ticket queries neither scans the table nor looks a
/// row up in it, and groups without sorting the month in a temporary b-tree. docs/report-queries.md shows the plans.
/// </summary>
public sealed class ReportQueryPlanTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private static readonly DateOnly From = new(2026, 10, 1);

    [Fact]
    public async Task HallReportByLine_ReadsTicketsFromTheCoveringIndex_WithoutSortingTheMonth()
    {
        await SeedAsync();

        var commands = await CommandLog.CaptureAsync(() =>
            factory.Get<ReportQueries>().LoadAsync("AM", From, From.AddDays(29), ReportPeriod.Day, ReportDimension.Line));

        var onTickets = commands.Where(c => c.Text.Contains("\"Tickets\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, onTickets.Count);
        foreach (var command in onTickets)
        {
            var plan = await PlanAsync(command);
            var where = $"{command.Text}\n→ {string.Join(" | ", plan)}";
            await KeepForTheDocsAsync("a hall's month by line", command, plan);
            Assert.Contains(plan, step => step.Contains("USING COVERING INDEX IX_Tickets_Report", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
            Assert.False(plan.Any(step => step.Contains("TEMP B-TREE", StringComparison.Ordinal)), where);
        }
    }

    [Fact]
    public async Task DistrictReportByHall_ReadsTicketsFromTheCoveringIndex_NeverTheTable()
    {
        await SeedAsync();

        var commands = await CommandLog.CaptureAsync(() =>
            factory.Get<ReportQueries>().LoadAsync(null, From, From.AddDays(29), ReportPeriod.Week, ReportDimension.Hall));

        var onTickets = commands.Where(c => c.Text.Contains("\"Tickets\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, onTickets.Count);
        foreach (var command in onTickets)
        {
            var plan = await PlanAsync(command);
            await KeepForTheDocsAsync("every hall side by side", command, plan);
            Assert.True(plan.Any(step => step.Contains("COVERING INDEX IX_Tickets_Report", StringComparison.Ordinal)), $"{command.Text}\n→ {string.Join(" | ", plan)}");
        }
    }

    /// <summary>A month of a worked hall and a quieter one, so the planner has a real table to choose over.</summary>
    private async Task SeedAsync()
    {
        await using var db = await factory.DbAsync();
        if (db.Tickets.Any(t => t.ServiceDate == From))
        {
            return;
        }

        string[] lines = ["A", "B", "C", "D", "E"];
        foreach (var (hall, perDay) in new[] { ("AM", 60), ("XY", 20) })
        {
            for (var d = 0; d < 30; d++)
            {
                var day = From.AddDays(d);
                var opening = day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
                for (var i = 0; i < perDay; i++)
                {
                    var issued = opening.AddSeconds(i * 60);
                    var ticket = Ticket.Issue(hall, lines[i % lines.Length], day, (i / lines.Length) + 1, null, false, issued);
                    ticket.Call(1 + (i % 4), "clerk", issued.AddMinutes(3 + (i % 11)));
                    ticket.StartService(ticket.CalledAt!.Value.AddSeconds(30));
                    ticket.Finish(ticket.ServiceStartedAt!.Value.AddMinutes(4 + (i % 5)));
                    db.Tickets.Add(ticket);
                }
            }
        }

        await db.SaveChangesAsync();
        // The planner decides with statistics, as a database that has run for a while has them.
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>With HALLDESK_REPORT_PLANS=FILE, each query and its plan is appended to FILE: docs/report-queries.md is made from it.</summary>
    private static async Task KeepForTheDocsAsync(string report, CapturedCommand command, IReadOnlyList<string> plan)
    {
        if (Environment.GetEnvironmentVariable("HALLDESK_REPORT_PLANS") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, $"#### {report}\n\n```sql\n{command.Text}\n```\n\n```\n{string.Join("\n", plan)}\n```\n\n");
        }
    }

    private Task<IReadOnlyList<string>> PlanAsync(CapturedCommand command) => QueryPlan.OfAsync(factory.DatabasePath, command);
}
