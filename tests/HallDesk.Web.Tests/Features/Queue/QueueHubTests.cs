using System.Threading.Channels;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Tests.Features.Queue;

public class QueueHubTests : IClassFixture<HallDeskFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly HallDeskFactory _factory;

    public QueueHubTests(HallDeskFactory factory) => _factory = factory;

    /// <summary>Events carry each ticket's clerk for the staff screens' served counts; the boards' wire does not.</summary>
    [Fact]
    public async Task BoardsEvents_CarryTheTicketsTimes_ButNotWhichClerkServedIt()
    {
        var called = Channel.CreateUnbounded<System.Text.Json.JsonElement>();
        await using var connection = Connect();
        connection.On<System.Text.Json.JsonElement>("Events", b => called.Writer.TryWrite(b.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "TicketCalled")));
        await connection.StartAsync();
        await connection.InvokeAsync("JoinHall", "AM");

        var clerk = await _factory.ActorAsync("clerk2");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 4);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        var e = await called.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        var times = e.GetProperty("times");
        Assert.True(times.TryGetProperty("calledAt", out _), e.ToString());
        Assert.False(times.TryGetProperty("clerk", out _), e.ToString());
        Assert.DoesNotContain(clerk.UserId, e.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinHall_SendsSnapshotFirst_ThenIssuedAndCalledEvents()
    {
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        var issued = Channel.CreateUnbounded<(TicketIssuedEvent, QueueBatch)>();
        var called = Channel.CreateUnbounded<(TicketCalledEvent, QueueBatch)>();
        await using var connection = Connect();
        connection.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        connection.OnEvent<TicketIssuedEvent>((e, b) => issued.Writer.TryWrite((e, b)));
        connection.OnEvent<TicketCalledEvent>((e, b) => called.Writer.TryWrite((e, b)));
        await connection.StartAsync();

        await connection.InvokeAsync("JoinHall", "AM");
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        var clerk = await _factory.ActorAsync("clerk3");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        var ticket = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "C", "13912345678", false), Actor.Anonymous(null, "test"));
        var (issuedEvent, issuedBatch) = await issued.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        var (calledEvent, calledBatch) = await called.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        await _factory.Get<RecallTicket>().HandleAsync(clerk);
        var (recalled, _) = await called.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.Equal("爱民区政务服务中心", snapshot.HallName);
        Assert.Equal(9, snapshot.Counters.Count);
        Assert.Equal(ticket.Number, issuedEvent.Number);
        Assert.Equal(1, issuedBatch.Lines!.Single(l => l.Code == "C").Waiting);
        Assert.Equal(ticket.Number, number);
        Assert.Equal((ticket.Number, 6, 1), (calledEvent.Number, calledEvent.Counter, calledEvent.CallCount));
        Assert.Equal(0, calledBatch.Lines!.Single(l => l.Code == "C").Waiting);
        Assert.Equal(2, recalled.CallCount);
    }

    [Fact]
    public async Task Reconnect_NewConnectionGetsSnapshotWithCallsMadeWhileAway()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 7);
        var ticket = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);

        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        await using var connection = Connect();
        connection.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await connection.StartAsync();
        await connection.InvokeAsync("JoinHall", "AM");
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.Contains(snapshot.RecentCalls, c => c.Number == ticket.Number && c.Counter == 7);
        Assert.Equal(ticket.Number, snapshot.Counters.Single(c => c.Number == 7).CurrentTicket);
    }

    [Fact]
    public async Task JoinHall_UnknownHall_IsRefusedInChinese()
    {
        await using var connection = Connect();
        await connection.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinHall", "NOPE"));

        Assert.Contains("没有找到大厅", error.Message);
    }

    [Fact]
    public async Task Snapshot_NeverCarriesThePhoneNumber()
    {
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "E", "13700001111", false), Actor.Anonymous(null, "test"));

        var board = await _factory.CreateClient().GetStringAsync("/api/v1/halls/AM/board");

        Assert.DoesNotContain("13700001111", board);
        Assert.DoesNotContain("1111", board);
    }

    private HubConnection Connect() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "/hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();
}
