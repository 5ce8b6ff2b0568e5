using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>指定呼叫 and the transfer's position, through the real use cases over a real SQLite file.</summary>
public sealed class CallGivenAndTransferPositionTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private readonly HallDeskFactory _factory;
    private Actor _clerk = default!;
    private Actor _other = default!;

    public CallGivenAndTransferPositionTests(HallDeskFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        _clerk = await _factory.ActorAsync("clerk1");
        _other = await _factory.ActorAsync("clerk2");
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await CloseIfOpenAsync(_clerk);
        await CloseIfOpenAsync(_other);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CallGiven_AWaitingNumberBehindOthers_IsCalledAuditedWithTheReason_AndPublishedAsACall()
    {
        await OpenAsync(_clerk, 3);
        var first = await IssueAsync("A");
        var given = await IssueAsync("C");
        var events = new List<QueueEvent>();
        var notifier = _factory.Get<QueueNotifier>();
        using var subscription = notifier.Subscribe("AM", batch =>
        {
            lock (events)
            {
                events.AddRange(batch);
            }

            return Task.CompletedTask;
        });

        var called = await _factory.Get<CallGivenTicket>().HandleAsync(_clerk, new CallGivenTicket.Command(given.ToLowerInvariant(), "群众已到窗口"));

        Assert.Equal(given, called);
        await notifier.IdleAsync();
        await using var db = await _factory.DbAsync();
        var ticket = await TodayAsync(db, given);
        Assert.Equal(TicketStatus.Called, ticket.Status);
        Assert.Equal(3, ticket.CounterNumber);
        Assert.Equal(TicketStatus.Waiting, (await TodayAsync(db, first)).Status);
        Assert.Equal(ticket.Id, (await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 3)).CurrentTicketId);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "ticket.call-given" && a.Subject == $"AM/{given}");
        Assert.Contains("群众已到窗口", audit.Details);
        lock (events)
        {
            Assert.Contains(events.OfType<TicketCalledEvent>(), e => e.Number == given && e.Counter == 3);
            Assert.Contains(events.OfType<CounterChangedEvent>(), e => e.Counter.Number == 3 && e.Counter.CurrentTicket == given);
        }
    }

    [Fact]
    public async Task CallGiven_WithoutReason_IsRefusedInChinese_AndNothingIsCalled()
    {
        await OpenAsync(_clerk, 3);
        var number = await IssueAsync("A");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CallGivenTicket>().HandleAsync(_clerk, new CallGivenTicket.Command(number, "  ")));

        Assert.Equal("请填写指定呼叫的原因。", Texts.Of(error, Texts.Chinese));
        await using var db = await _factory.DbAsync();
        Assert.Equal(TicketStatus.Waiting, (await TodayAsync(db, number)).Status);
    }

    [Fact]
    public async Task CallGiven_ALineTheCounterDoesNotServe_IsRefusedInChinese()
    {
        await OpenAsync(_clerk, 3);
        var number = await IssueAsync("B");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CallGivenTicket>().HandleAsync(_clerk, new CallGivenTicket.Command(number, "群众已到窗口")));

        Assert.Equal($"{number}号排在B类业务，3号窗口不办理该业务，不能指定呼叫。", Texts.Of(error, Texts.Chinese));
        await using var db = await _factory.DbAsync();
        Assert.Equal(TicketStatus.Waiting, (await TodayAsync(db, number)).Status);
    }

    [Fact]
    public async Task CallGiven_ANumberAlreadyCalledOrUnknown_IsRefusedInChinese()
    {
        await OpenAsync(_clerk, 3);
        await OpenAsync(_other, 1);
        var number = await IssueAsync("A");
        await _factory.Get<CallNextTicket>().HandleAsync(_other);

        var called = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CallGivenTicket>().HandleAsync(_clerk, new CallGivenTicket.Command(number, "群众已到窗口")));
        var unknown = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CallGivenTicket>().HandleAsync(_clerk, new CallGivenTicket.Command("A998", "群众已到窗口")));

        Assert.Contains("只能呼叫等候中的号票", Texts.Of(called, Texts.Chinese));
        Assert.Equal("今天没有 A998 号，请核对号码。", Texts.Of(unknown, Texts.Chinese));
    }

    [Fact]
    public async Task CallGiven_ATicketTransferredToAnotherCounter_IsRefused()
    {
        await OpenAsync(_clerk, 3);
        await OpenAsync(_other, 1);
        var number = await IssueAsync("C");
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<TransferTicket>().HandleAsync(_clerk, new TransferTicket.Command(null, 1));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CallGivenTicket>().HandleAsync(_clerk, new CallGivenTicket.Command(number, "群众已到窗口")));

        Assert.Equal($"{number}号已转至1号窗口。", Texts.Of(error, Texts.Chinese));
    }

    [Theory]
    [InlineData(TransferPosition.Head, 0)]
    [InlineData(TransferPosition.Tail, 2)]
    [InlineData(TransferPosition.ByIssueTime, 1)]
    public async Task TransferToLine_ThePositionChosen_DecidesWhenTheLineCallsIt(TransferPosition position, int expectedTurn)
    {
        await OpenAsync(_clerk, 3);
        await OpenAsync(_other, 5);
        var b1 = await IssueAsync("B");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var moved = await IssueAsync("A");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var b2 = await IssueAsync("B");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(moved, await _factory.Get<CallNextTicket>().HandleAsync(_clerk));

        await _factory.Get<TransferTicket>().HandleAsync(_clerk, new TransferTicket.Command("B", null, position));
        var order = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            order.Add(await _factory.Get<CallNextTicket>().HandleAsync(_other));
            await _factory.Get<FinishService>().HandleAsync(_other);
        }

        Assert.Equal(moved, order[expectedTurn]);
        Assert.Equal([b1, b2], order.Where(n => n != moved));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "ticket.transfer" && a.Subject == $"AM/{moved}"
            && a.Details.Contains(position == TransferPosition.Head ? "排在队首" : position == TransferPosition.Tail ? "排在队尾" : "按原取号时间")));
    }

    private Task OpenAsync(Actor actor, int counter) => _factory.Get<OpenCounter>().HandleAsync(actor, "AM", counter);

    private async Task<string> IssueAsync(string line) =>
        (await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, null, false), Actor.Anonymous(null, "test"))).Number;

    private async Task<Ticket> TodayAsync(HallDeskDbContext db, string number)
    {
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        var today = hall.LocalDate(_factory.Clock.GetUtcNow().UtcDateTime);
        return await db.Tickets.SingleAsync(t => t.Number == number && t.ServiceDate == today);
    }

    private async Task CloseIfOpenAsync(Actor actor)
    {
        await using var db = await _factory.DbAsync();
        var counter = await db.Counters.SingleOrDefaultAsync(c => c.ClerkUserId == actor.UserId);
        if (counter is null)
        {
            return;
        }

        if (counter.State == CounterState.Serving)
        {
            await _factory.Get<FinishService>().HandleAsync(actor);
        }

        if (counter.State == CounterState.Paused)
        {
            await _factory.Get<ResumeCounter>().HandleAsync(actor);
        }

        await _factory.Get<CloseCounter>().HandleAsync(actor);
    }
}
