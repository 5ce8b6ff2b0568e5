using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>The clerk's actions at the counter, through the real use cases over a real SQLite file.</summary>
public class CounterActionsTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private readonly HallDeskFactory _factory;
    private Actor _clerk = default!;
    private Actor _other = default!;

    public CounterActionsTests(HallDeskFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        _clerk = await _factory.ActorAsync("clerk1");
        _other = await _factory.ActorAsync("clerk2");
        // Every test starts from an empty queue on a day of its own.
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await CloseIfOpenAsync(_clerk);
        await CloseIfOpenAsync(_other);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CallNext_CalledTicketIsAtTheCounterAndAudited()
    {
        await OpenAsync(_clerk, 3);
        var issued = await IssueAsync("A");

        var called = await _factory.Get<CallNextTicket>().HandleAsync(_clerk);

        Assert.Equal(issued, called);
        await using var db = await _factory.DbAsync();
        var ticket = await TodayAsync(db, issued);
        Assert.Equal(TicketStatus.Called, ticket.Status);
        Assert.Equal(3, ticket.CounterNumber);
        var counter = await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 3);
        Assert.Equal(ticket.Id, counter.CurrentTicketId);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "ticket.call" && a.Subject == $"AM/{issued}" && a.Actor == "clerk1"));
    }

    [Fact]
    public async Task CallNext_NobodyWaiting_ReturnsNullAndChangesNothing()
    {
        await OpenAsync(_clerk, 3);

        var called = await _factory.Get<CallNextTicket>().HandleAsync(_clerk);

        Assert.Null(called);
        await using var db = await _factory.DbAsync();
        Assert.Equal(CounterState.Open, (await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 3)).State);
    }

    [Fact]
    public async Task CallNext_WithoutOpenCounter_IsRefused()
    {
        await IssueAsync("A");

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<CallNextTicket>().HandleAsync(_clerk));

        Assert.Contains("开启窗口", Texts.Of(error, Texts.Chinese));
    }

    [Fact]
    public async Task NoShow_BeforeThirdCall_IsRefusedAndTicketStaysCalled()
    {
        await OpenAsync(_clerk, 3);
        var number = await IssueAsync("A");
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<RecallTicket>().HandleAsync(_clerk);

        await Assert.ThrowsAsync<DomainException>(() => _factory.Get<MarkNoShow>().HandleAsync(_clerk));

        await using var db = await _factory.DbAsync();
        var ticket = await TodayAsync(db, number);
        Assert.Equal(TicketStatus.Called, ticket.Status);
        Assert.Equal(2, ticket.CallCount);
    }

    [Fact]
    public async Task NoShow_AfterThreeCalls_FreesCounter_AndRejoinPutsTicketBehindThreePeople()
    {
        await OpenAsync(_clerk, 3);
        var absent = await IssueAsync("A");
        var others = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            others.Add(await IssueAsync("A"));
        }

        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<RecallTicket>().HandleAsync(_clerk);
        await _factory.Get<RecallTicket>().HandleAsync(_clerk);
        await _factory.Get<MarkNoShow>().HandleAsync(_clerk);
        await _factory.Get<RejoinTicket>().HandleAsync(_clerk, absent);

        var order = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            order.Add(await _factory.Get<CallNextTicket>().HandleAsync(_clerk));
            await _factory.Get<FinishService>().HandleAsync(_clerk);
        }

        Assert.Equal([others[0], others[1], others[2], absent, others[3], others[4]], order);
    }

    [Fact]
    public async Task Park_FreesCounterForNextCall_AndResumeBringsTicketBack()
    {
        await OpenAsync(_clerk, 3);
        var first = await IssueAsync("A");
        var second = await IssueAsync("A");
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<StartService>().HandleAsync(_clerk);

        await _factory.Get<ParkTicket>().HandleAsync(_clerk);
        var next = await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<FinishService>().HandleAsync(_clerk);
        await _factory.Get<ResumeParkedTicket>().HandleAsync(_clerk, first);

        Assert.Equal(second, next);
        await using var db = await _factory.DbAsync();
        var resumed = await TodayAsync(db, first);
        Assert.Equal(TicketStatus.Serving, resumed.Status);
        Assert.Equal(resumed.Id, (await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 3)).CurrentTicketId);
    }

    [Fact]
    public async Task TransferToCounter_TargetCounterCallsItBeforeOlderTickets()
    {
        await OpenAsync(_clerk, 3);
        await OpenAsync(_other, 5);
        var older = await IssueAsync("B");
        var moved = await IssueAsync("A");
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);

        await _factory.Get<TransferTicket>().HandleAsync(_clerk, new TransferTicket.Command(null, 5));
        var atFive = await _factory.Get<CallNextTicket>().HandleAsync(_other);

        Assert.Equal(moved, atFive);
        Assert.NotEqual(older, atFive);
    }

    [Fact]
    public async Task TransferToLine_KeepsNumberAndWaitsInTheNewLine()
    {
        await OpenAsync(_clerk, 3);
        var number = await IssueAsync("A");
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);

        await _factory.Get<TransferTicket>().HandleAsync(_clerk, new TransferTicket.Command("C", null));

        await using var db = await _factory.DbAsync();
        var ticket = await TodayAsync(db, number);
        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal("C", ticket.LineCode);
        Assert.Equal("A", ticket.IssuedLine);
    }

    [Fact]
    public async Task TransferToClosedCounter_IsRefusedAndTicketStaysAtTheWindow()
    {
        await OpenAsync(_clerk, 3);
        var number = await IssueAsync("A");
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);

        await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<TransferTicket>().HandleAsync(_clerk, new TransferTicket.Command(null, 8)));

        await using var db = await _factory.DbAsync();
        Assert.Equal(TicketStatus.Called, (await TodayAsync(db, number)).Status);
    }

    [Fact]
    public async Task Pause_WithReason_IsShownAndCallNextRefused_ResumeAllowsCallsAgain()
    {
        await OpenAsync(_clerk, 3);
        await IssueAsync("A");

        await _factory.Get<PauseCounter>().HandleAsync(_clerk, "业务培训");
        await Assert.ThrowsAsync<DomainException>(() => _factory.Get<CallNextTicket>().HandleAsync(_clerk));
        await using (var db = await _factory.DbAsync())
        {
            var counter = await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 3);
            Assert.Equal(CounterState.Paused, counter.State);
            Assert.Equal("业务培训", counter.PauseReason);
        }

        await _factory.Get<ResumeCounter>().HandleAsync(_clerk);
        Assert.NotNull(await _factory.Get<CallNextTicket>().HandleAsync(_clerk));
    }

    [Fact]
    public async Task Open_CounterHeldByAnotherClerk_IsRefused()
    {
        await OpenAsync(_clerk, 3);

        var error = await Assert.ThrowsAsync<DomainException>(() => OpenAsync(_other, 3));

        Assert.Contains("王晓燕", Texts.Of(error, Texts.Chinese));
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
