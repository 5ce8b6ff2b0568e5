using System.Threading.Channels;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>Scale-out: two nodes on one PostgreSQL database and one Redis behave as one hall.</summary>
[Trait("Database", "PostgreSql")]
public sealed class TwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task CallOnNodeA_ReachesABoardAndAStaffScreenOnNodeB()
    {
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        var called = Channel.CreateUnbounded<TicketCalledEvent>();
        await using var board = nodes.B.Board();
        board.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        board.OnEvent<TicketCalledEvent>(e => called.Writer.TryWrite(e));
        await board.StartAsync();
        await board.InvokeAsync("JoinHall", "AM");
        await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        var heardOnB = Channel.CreateUnbounded<QueueEvent>();
        using var screen = nodes.B.Get<QueueNotifier>().Subscribe("AM", batch =>
        {
            foreach (var e in batch)
            {
                heardOnB.Writer.TryWrite(e);
            }

            return Task.CompletedTask;
        });

        var clerk = await nodes.A.ActorAsync("clerk3");
        await nodes.A.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        var ticket = await nodes.A.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "C", null, false), Actor.Anonymous(null, "test"));
        var number = await nodes.A.Get<CallNextTicket>().HandleAsync(clerk);

        var onBoard = await called.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal((ticket.Number, 6), (onBoard.Number, onBoard.Counter));
        Assert.Equal(ticket.Number, number);
        var onScreen = await ReadUntilAsync<TicketCalledEvent>(heardOnB.Reader);
        Assert.Equal((ticket.Number, 6), (onScreen.Number, onScreen.Counter));
    }

    [Fact]
    public async Task CallOnNodeA_ReachesABoardOnNodeB_AsOneMessage_WithTheCommitsEventsInOrder()
    {
        var batches = Channel.CreateUnbounded<QueueBatch>();
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        await using var board = nodes.B.Board();
        board.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        board.On<QueueBatch>(nameof(IQueueClient.Events), b => batches.Writer.TryWrite(b));
        await board.StartAsync();
        await board.InvokeAsync("JoinHall", "AM");
        await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        var clerk = await nodes.A.ActorAsync("clerk2");
        await nodes.A.Get<OpenCounter>().HandleAsync(clerk, "AM", 4);
        var ticket = await nodes.A.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        await nodes.A.Get<CallNextTicket>().HandleAsync(clerk);
        // A later commit closes what the call sent: every message before it on node B's board is the call's.
        var after = await nodes.A.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));

        var heard = new List<QueueBatch>();
        while (!heard.Any(b => b.Events.OfType<TicketIssuedEvent>().Any(e => e.Number == after.Number)))
        {
            heard.Add(await batches.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        }

        var issued = heard.FindIndex(b => b.Events.OfType<TicketIssuedEvent>().Any(e => e.Number == ticket.Number));
        var call = Assert.Single(heard[(issued + 1)..^1]);
        Assert.Equal([typeof(TicketCalledEvent), typeof(CounterChangedEvent)], call.Events.Select(e => e.GetType()));
        Assert.Equal((ticket.Number, 4), (((TicketCalledEvent)call.Events[0]).Number, ((CounterChangedEvent)call.Events[1]).Counter.Number));
    }

    [Fact]
    public async Task IssueOnBothNodesAtOnce_NeverSharesANumber()
    {
        var actor = Actor.Anonymous("127.0.0.1", "test");
        var issuers = new[] { nodes.A.Get<IssueTicket>(), nodes.B.Get<IssueTicket>() };

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => issuers[i % 2].HandleAsync(new IssueTicket.Command("AM", "B", null, false), actor))));

        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"B{i:000}"), results.Select(r => r.Number).Order());
        await using var db = await nodes.B.DbAsync();
        Assert.Equal(100, await db.Tickets.CountAsync(t => t.HallCode == "AM" && t.IssuedLine == "B"));
    }

    [Fact]
    public async Task CallNextOnBothNodesAtOnce_NeverCallsOneTicketTwice()
    {
        var clerks = await OpenCountersForLineAsync("E", 10);
        var issued = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var node = i % 2 == 0 ? nodes.A : nodes.B;
            issued.Add((await node.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "E", null, false), Actor.Anonymous(null, "test"))).Number);
        }

        var called = await Task.WhenAll(clerks.Select((clerk, i) =>
            Task.Run(() => (i % 2 == 0 ? nodes.A : nodes.B).Get<CallNextTicket>().HandleAsync(clerk))));

        var numbers = called.OfType<string>().ToList();
        Assert.Equal(issued.Order(), numbers.Order());
        Assert.Equal(2, called.Count(n => n is null));
    }

    private async Task<List<Actor>> OpenCountersForLineAsync(string line, int count)
    {
        await using (var db = await nodes.A.DbAsync())
        {
            for (var i = 1; i <= count; i++)
            {
                db.Counters.Add(new Counter("AM", 200 + i, "测试窗口", CounterKind.Comprehensive, [line]));
            }

            await db.SaveChangesAsync();
        }

        var actors = new List<Actor>();
        await using var scope = nodes.A.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        for (var i = 1; i <= count; i++)
        {
            var user = new StaffUser { UserName = $"node{i}", DisplayName = $"节点{i}", StaffNumber = $"N{i:000}", HallCode = "AM" };
            Assert.True((await users.CreateAsync(user, HallDeskFactory.Password)).Succeeded);
            var actor = new Actor(user.Id, user.UserName, null);
            await nodes.A.Get<OpenCounter>().HandleAsync(actor, "AM", 200 + i);
            actors.Add(actor);
        }

        return actors;
    }

    private static async Task<T> ReadUntilAsync<T>(ChannelReader<QueueEvent> reader)
        where T : QueueEvent
    {
        while (true)
        {
            if (await reader.ReadAsync().AsTask().WaitAsync(Wait) is T found)
            {
                return found;
            }
        }
    }
}
