using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// Issue 21, 200 clerks pressing 叫号 at once: the hall's writer took ~1.5 ms a call, and the calls of one batch each read
/// the hall's whole waiting queue again (up to 200 rows for the first of 200 calls), the audit chain's last line, and
/// which watched tickets came near — work the batch needs once. What stays per call: the clerk's counter, found by its
/// clerk through an index, not by walking every counter of every hall.
/// </summary>
public sealed class BatchedCallsTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private static readonly Actor Kiosk = Actor.Anonymous(null, "test");

    [Fact]
    public async Task CallNext_FourClerksInOneBatch_ReadTheQueueTheChainAndTheNearTicketsOnce_AndCallTheLinesFrontOnceEach()
    {
        var clerks = new List<Actor>();
        for (var i = 1; i <= 4; i++)
        {
            var clerk = await factory.ActorAsync($"clerk{i}");
            await factory.Get<OpenCounter>().HandleAsync(clerk, "AM", i);
            clerks.Add(clerk);
        }

        var issue = factory.Get<IssueTicket>();
        var front = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            front.Add((await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), Kiosk)).Number);
        }

        // Two more, with phones: after the four calls they are first and second in line, so each gets its one 即将叫到您 SMS.
        string[] phones = ["13945300021", "13945300022"];
        foreach (var phone in phones)
        {
            await issue.HandleAsync(new IssueTicket.Command("AM", "A", phone, false), Kiosk);
        }

        var writer = factory.Get<HallWriter>();
        var gate = factory.Get<WriteGate>();
        var before = writer.Totals;
        var called = new string?[4];
        var commands = await CommandLog.CaptureAsync(async () =>
        {
            // Another write holds the database while the four presses queue behind the hall's writer: one batch.
            await gate.WaitAsync(CancellationToken.None);
            var blocker = writer.WriteAsync("AM", (_, _) => Task.FromResult((0, (IReadOnlyList<QueueEvent>)[])), CancellationToken.None);
            while (writer.Queued("AM") > 0)
            {
                await Task.Yield();
            }

            var presses = clerks.Select(c => factory.Get<CallNextTicket>().HandleAsync(c)).ToList();
            while (writer.Queued("AM") < clerks.Count)
            {
                await Task.Yield();
            }

            gate.Release();
            await blocker;
            for (var i = 0; i < presses.Count; i++)
            {
                called[i] = await presses[i];
            }
        });

        Assert.Equal(before.Commits + 2, writer.Totals.Commits);
        Assert.Equal(front.Order(), called.Order());
        Assert.Single(commands, c => c.Text.StartsWith("SELECT \"t\".\"Id\", \"t\".\"HallCode\", \"t\".\"Status\", \"t\".\"LineCode\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Text.Contains("FROM \"AuditEntries\"", StringComparison.Ordinal) && c.Text.Contains("\"Sequence\" DESC", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Text.Contains("\"TicketWatches\"", StringComparison.Ordinal) && c.Text.Contains("\"Phone\" IS NOT NULL", StringComparison.Ordinal));

        await using var db = await factory.DbAsync();
        foreach (var number in front)
        {
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "ticket.call" && a.Subject == "AM/" + number));
        }

        Assert.True((await AuditChain.VerifyAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>())).Intact);
        foreach (var phone in phones)
        {
            Assert.Single(await db.SmsOutbox.Where(m => m.Phone == phone && m.Kind == SmsKind.TicketNear.Name).ToListAsync());
        }
    }

    [Fact]
    public async Task Kept_IsSeenByTheNextPartAlone_AndNotAfterAPartThatFailed()
    {
        var writer = factory.Get<HallWriter>();
        var gate = factory.Get<WriteGate>();
        var seen = new List<string?>();
        var queue = new List<int> { 1, 2, 3 };

        Task<int> Part(bool keep, bool fail = false) => writer.WriteAsync("AM", (write, _) =>
        {
            seen.Add(write.Kept<List<int>>("queue") is { } kept ? string.Join(",", kept) : null);
            if (keep)
            {
                write.Keep("queue", queue);
            }

            return fail ? throw new InvalidOperationException("this part fails") : Task.FromResult((0, (IReadOnlyList<QueueEvent>)[]));
        }, CancellationToken.None);

        await gate.WaitAsync(CancellationToken.None);
        var blocker = writer.WriteAsync("AM", (_, _) => Task.FromResult((0, (IReadOnlyList<QueueEvent>)[])), CancellationToken.None);
        while (writer.Queued("AM") > 0)
        {
            await Task.Yield();
        }

        var parts = new List<Task<int>>
        {
            Part(keep: true),
            Part(keep: true, fail: true),
            Part(keep: true),
            Part(keep: false),
            Part(keep: false),
        };
        gate.Release();
        await blocker;
        await Assert.ThrowsAsync<InvalidOperationException>(() => parts[1]);
        await Task.WhenAll(parts.Where((_, i) => i != 1));

        // The second part saw the first's; the third not the failed second's; the fourth the third's; the fifth nothing.
        Assert.Equal([null, "1,2,3", null, "1,2,3", null], seen);
    }

    [Fact]
    public async Task CallNext_FindsTheClerksCounterThroughAnIndex_NotByWalkingTheCounters()
    {
        // A clerk of another hall: the database holds every hall's counters.
        var clerk = await factory.ActorAsync("clerk-xy1");
        await using (var db = await factory.DbAsync())
        {
            var hall = await db.Users.Where(u => u.Id == clerk.UserId).Select(u => u.HallCode).SingleAsync();
            var counter = await db.Counters.Where(c => c.HallCode == hall).OrderBy(c => c.Number).Select(c => c.Number).FirstAsync();
            await factory.Get<OpenCounter>().HandleAsync(clerk, hall!, counter);
        }

        var commands = await CommandLog.CaptureAsync(() => factory.Get<CallNextTicket>().HandleAsync(clerk));

        var byClerk = commands.Where(c => c.Text.Contains("FROM \"Counters\"", StringComparison.Ordinal) && c.Text.Contains("\"ClerkUserId\" = ", StringComparison.Ordinal)).ToList();
        Assert.True(byClerk.Count >= 2, "the hall of the clerk's counter, then the counter itself inside the write");
        foreach (var command in byClerk)
        {
            var plan = await QueryPlan.OfAsync(factory.DatabasePath, command);
            Assert.True(plan.Any(step => step.Contains("USING INDEX IX_Counters_ClerkUserId", StringComparison.Ordinal)), $"{command.Text}\n→ {string.Join(" | ", plan)}");
        }
    }
}
