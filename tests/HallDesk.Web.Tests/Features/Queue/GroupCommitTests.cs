using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>Group commit per hall: what is asked of a hall while its writer is busy is written together, in one commit.</summary>
public class GroupCommitTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public GroupCommitTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task IssueTicket_ThirtyKiosksAtOnceWhileTheDatabaseIsBusy_OneCommitNumbersThemAll()
    {
        var writer = _factory.Get<HallWriter>();
        var issue = _factory.Get<IssueTicket>();
        var gate = _factory.Get<WriteGate>();
        var before = writer.Totals;

        // Another write holds the database: every kiosk's ticket queues behind the hall's writer meanwhile.
        await gate.WaitAsync(CancellationToken.None);
        var first = issue.HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        await WaitForQueuedAsync(writer, before);
        var rest = Enumerable.Range(0, 29)
            .Select(_ => issue.HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test")))
            .ToList();
        gate.Release();
        var results = await Task.WhenAll(rest.Prepend(first));

        // The first ticket's batch began before the others were asked for; the other 29 share the next commit (each
        // ticket's slip is stored in a later batch of the hall, once drawn).
        Assert.True(writer.Totals.Largest >= 29, $"largest batch {writer.Totals.Largest}");
        var sequences = results.Select(r => int.Parse(r.Number[1..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 30), sequences);
    }

    [Fact]
    public async Task WriteAsync_OnePartThrowsAfterSaving_ItAloneIsUndoneAndTheOthersCommit()
    {
        var writer = _factory.Get<HallWriter>();
        var gate = _factory.Get<WriteGate>();
        var before = writer.Totals;
        var day = new DateOnly(2031, 3, 4);

        await gate.WaitAsync(CancellationToken.None);
        var blocker = writer.WriteAsync("AM", (_, _) => Task.FromResult((0, (IReadOnlyList<QueueEvent>)[])), CancellationToken.None);
        await WaitForQueuedAsync(writer, before);
        var good1 = AddTicketAsync(writer, day, 1, fail: false);
        var bad = AddTicketAsync(writer, day, 2, fail: true);
        var good3 = AddTicketAsync(writer, day, 3, fail: false);
        gate.Release();

        await blocker;
        await good1;
        await good3;
        var error = await Assert.ThrowsAsync<DomainException>(() => bad);
        Assert.Equal("Ticket.LineFull", error.Key);

        await using var db = await _factory.DbAsync();
        var stored = await db.Tickets.Where(t => t.ServiceDate == day).Select(t => t.Sequence).OrderBy(s => s).ToListAsync();
        Assert.Equal([1, 3], stored);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Subject.StartsWith("AM/test-" + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.True((await AuditChain.VerifyAsync(_factory.Get<IDbContextFactory<HallDeskDbContext>>())).Intact);
        var after = writer.Totals;
        Assert.Equal(2, after.Commits - before.Commits);
        Assert.Equal(3, after.Writes - before.Writes);
    }

    [Fact]
    public async Task WriteAsync_CallerGaveUpBeforeItsTurn_ItsWriteIsLeftOut()
    {
        var writer = _factory.Get<HallWriter>();
        var gate = _factory.Get<WriteGate>();
        var before = writer.Totals;
        var day = new DateOnly(2031, 3, 5);
        using var giveUp = new CancellationTokenSource();

        await gate.WaitAsync(CancellationToken.None);
        var blocker = writer.WriteAsync("AM", (_, _) => Task.FromResult((0, (IReadOnlyList<QueueEvent>)[])), CancellationToken.None);
        await WaitForQueuedAsync(writer, before);
        var abandoned = AddTicketAsync(writer, day, 1, fail: false, giveUp.Token);
        var kept = AddTicketAsync(writer, day, 2, fail: false);
        await giveUp.CancelAsync();
        gate.Release();

        await blocker;
        await kept;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        await using var db = await _factory.DbAsync();
        Assert.Equal([2], await db.Tickets.Where(t => t.ServiceDate == day).Select(t => t.Sequence).ToListAsync());
    }

    [Fact]
    public async Task CallNext_TwoClerksInOneBatch_BothEventsCarryTheHallsFiguresAfterTheCommit()
    {
        var writer = _factory.Get<HallWriter>();
        var gate = _factory.Get<WriteGate>();
        var clerk1 = await _factory.ActorAsync("clerk1");
        var clerk2 = await _factory.ActorAsync("clerk2");
        await _factory.Get<OpenCounter>().HandleAsync(clerk1, "AM", 3);
        await _factory.Get<OpenCounter>().HandleAsync(clerk2, "AM", 4);
        var issue = _factory.Get<IssueTicket>();
        await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"));
        await issue.HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        var calls = new List<IReadOnlyList<QueueEvent>>();
        var notifier = _factory.Get<QueueNotifier>();
        await notifier.IdleAsync();
        using var subscription = notifier.Subscribe("AM", batch =>
        {
            lock (calls)
            {
                if (batch.Any(e => e is TicketCalledEvent))
                {
                    calls.Add(batch);
                }
            }

            return Task.CompletedTask;
        });

        var before = writer.Totals;
        await gate.WaitAsync(CancellationToken.None);
        var blocker = writer.WriteAsync("AM", (_, _) => Task.FromResult((0, (IReadOnlyList<QueueEvent>)[])), CancellationToken.None);
        await WaitForQueuedAsync(writer, before);
        var first = _factory.Get<CallNextTicket>().HandleAsync(clerk1);
        var second = _factory.Get<CallNextTicket>().HandleAsync(clerk2);
        while (writer.Queued("AM") < 2)
        {
            await Task.Yield();
        }

        gate.Release();
        await blocker;
        Assert.NotNull(await first);
        Assert.NotNull(await second);
        await notifier.IdleAsync();

        // One commit, two calls: each call's event carries the figures after both, not those between the two writes.
        var commit = Assert.Single(calls);
        var called = commit.OfType<TicketCalledEvent>().ToList();
        Assert.Equal(2, called.Count);
        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        var fresh = await QueueQueries.LinesAsync(db, hall, _factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        Assert.All(called, e => Assert.Equal(fresh, e.Lines));
        Assert.All(commit.OfType<TicketChangedEvent>(), e => Assert.Equal(fresh, e.Lines));
    }

    /// <summary>A ticket of a far-off day written as one part; a failing part throws after its ticket and audit line were saved.</summary>
    private static Task<int> AddTicketAsync(HallWriter writer, DateOnly day, int sequence, bool fail, CancellationToken ct = default) =>
        writer.WriteAsync("AM", async (write, ct) =>
        {
            var now = DateTime.UtcNow;
            write.Db.Tickets.Add(Ticket.Issue("AM", "D", day, sequence, null, false, now));
            write.Audit(now, Actor.Anonymous(null, "test"), "ticket.issue", $"AM/test-{day:yyyyMMdd}-{sequence}", "");
            await write.Db.SaveChangesAsync(ct);
            if (fail)
            {
                throw new DomainException("Ticket.LineFull", "D", "测试", 1, new TimeOnly(17, 0));
            }

            return (sequence, (IReadOnlyList<QueueEvent>)[]);
        }, ct);

    /// <summary>Until the writer has taken the first write off the hall's queue (it then waits for the gate the test holds); yields, never sleeps.</summary>
    private static async Task WaitForQueuedAsync(HallWriter writer, (long Commits, long Writes, int Largest) before)
    {
        while (writer.Queued("AM") > 0)
        {
            await Task.Yield();
        }

        Assert.Equal(before, writer.Totals);
    }
}
