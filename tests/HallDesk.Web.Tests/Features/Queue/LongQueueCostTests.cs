using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// Issue 23, the accelerated whole day: CPU per action rose hour by hour (7.8 → 12 ms over 8,000 tickets). Two causes
/// were measured (README, "A large hall's whole day"): each 叫号 read every waiting ticket of its lines as a whole row and
/// entity for the router, and once the day's pages outgrew SQLite's default page cache (2 MB a connection) every read
/// fetched them from the file again — the kernel's share of an action grew from 0.8 to 2.2 ms after 5,500 tickets.
/// </summary>
public sealed class LongQueueCostTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task CallNext_WithAQueue_ReadsTheRoutersColumnsFromTheWaitingIndexAlone_AndCallsTheLongestWait()
    {
        var clerk = await factory.ActorAsync("clerk3");
        await factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 3);
        var issue = factory.Get<IssueTicket>();
        var first = await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), clerk);
        for (var i = 0; i < 20; i++)
        {
            await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), clerk);
        }

        string? called = null;
        var commands = await CommandLog.CaptureAsync(async () => called = await factory.Get<CallNextTicket>().HandleAsync(clerk));

        Assert.Equal(first.Number, called);
        // The router's read: the hall's waiting tickets today, the router's columns only (the counter's lines and the
        // tickets transferred to it are picked from them in memory).
        var waitingRead = Assert.Single(commands, c => c.Text.Contains("\"Status\" = 0", StringComparison.Ordinal)
            && c.Text.StartsWith("SELECT \"t\".\"Id\", \"t\".\"HallCode\", \"t\".\"Status\", \"t\".\"LineCode\"", StringComparison.Ordinal));
        var plan = await QueryPlan.OfAsync(factory.DatabasePath, waitingRead);
        Assert.True(plan.Any(step => step.Contains("USING COVERING INDEX IX_Tickets_Waiting", StringComparison.Ordinal)),
            $"{waitingRead.Text}\n→ {string.Join(" | ", plan)}");
    }

    [Fact]
    public async Task AppConnections_KeepADaysPagesBetweenReads()
    {
        await using var db = await factory.DbAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size;";

        // Negative: KiB. SQLite's default is -2000 (2 MB), which a worked day's tickets and indexes outgrow.
        Assert.Equal(-SqlitePragmas.PageCacheKib, (long)(await command.ExecuteScalarAsync())!);
        Assert.True(SqlitePragmas.PageCacheKib >= 32 * 1024);
    }
}
