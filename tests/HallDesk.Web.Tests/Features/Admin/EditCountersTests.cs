using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Admin;

public sealed class EditCountersTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private static readonly Actor Manager = new("", "manager", "127.0.0.1");
    private readonly HallDeskFactory _factory;
    private Actor _clerk = default!;

    public EditCountersTests(HallDeskFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        _clerk = await _factory.ActorAsync("clerk1");
        // Every test starts from an empty queue on a day of its own, with the clerk's counter closed.
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await using var db = await _factory.DbAsync();
        var open = await db.Counters.SingleOrDefaultAsync(c => c.ClerkUserId == _clerk.UserId);
        if (open is not null)
        {
            if (open.State == CounterState.Serving)
            {
                await _factory.Get<FinishService>().HandleAsync(_clerk);
            }

            await _factory.Get<CloseCounter>().HandleAsync(_clerk);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Change_ServeOnlyC_CallNextPicksTheCTicketOverAnOlderA()
    {
        var a = await IssueAsync("A");
        var c = await IssueAsync("C");
        var heard = new List<CounterChangedEvent>();
        var notifier = _factory.Get<QueueNotifier>();
        using var subscription = notifier.Subscribe("AM", batch =>
        {
            heard.AddRange(batch.OfType<CounterChangedEvent>());
            return Task.CompletedTask;
        });

        await _factory.Get<EditCounters>().ChangeAsync(new EditCounters.Command("AM", 3, "综合窗口", CounterKind.Comprehensive, "C"), Manager);
        await _factory.Get<OpenCounter>().HandleAsync(_clerk, "AM", 3);
        var called = await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await notifier.IdleAsync();

        Assert.Equal(c, called);
        Assert.NotEqual(a, called);
        var published = Assert.Single(heard, e => e.Counter.Number == 3 && e.Counter.State == nameof(CounterState.Closed));
        Assert.Equal(["C"], published.Counter.Lines);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "counter.change" && e.Subject == "AM/3号窗口" && e.Details.Contains("A,C → ") && e.Actor == "manager"));
    }

    [Fact]
    public async Task Change_WhileServing_KeepsTheTicketAndNextCallFollowsNewOrder()
    {
        await _factory.Get<OpenCounter>().HandleAsync(_clerk, "AM", 4);
        var first = await IssueAsync("A");
        Assert.Equal(first, await _factory.Get<CallNextTicket>().HandleAsync(_clerk));
        var a = await IssueAsync("A");
        var d = await IssueAsync("D");

        await _factory.Get<EditCounters>().ChangeAsync(new EditCounters.Command("AM", 4, "税务综合窗口", CounterKind.Comprehensive, "d, a"), Manager);

        await using (var db = await _factory.DbAsync())
        {
            var counter = await db.Counters.SingleAsync(x => x.HallCode == "AM" && x.Number == 4);
            Assert.Equal(CounterState.Serving, counter.State);
            Assert.Equal("D,A", counter.Lines);
            Assert.Equal("税务综合窗口", counter.Name);
        }

        await _factory.Get<FinishService>().HandleAsync(_clerk);
        Assert.Equal(d, await _factory.Get<CallNextTicket>().HandleAsync(_clerk));
        Assert.NotEqual(a, d);
    }

    [Theory]
    [InlineData(2, "综合窗口", "A", "已有 2 号窗口")]
    [InlineData(0, "零号窗口", "A", "窗口号必须大于 0")]
    [InlineData(20, "新窗口", "", "至少要办理一项业务")]
    [InlineData(21, "新窗口", "A,Z", "没有业务 Z")]
    [InlineData(22, "", "A", "窗口名称")]
    public async Task Add_BadCounter_IsRefusedInChineseAndNothingIsWritten(int number, string name, string lines, string message)
    {
        var before = (await _factory.Get<EditCounters>().ListAsync("AM")).Count;

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<EditCounters>().AddAsync(new EditCounters.Command("AM", number, name, CounterKind.Specialist, lines), Manager));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese));
        Assert.Equal(before, (await _factory.Get<EditCounters>().ListAsync("AM")).Count);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == "counter.add" && e.Subject == $"AM/{number}号窗口"));
    }

    [Fact]
    public async Task Add_NewCounter_IsSavedAndAudited()
    {
        await _factory.Get<EditCounters>().AddAsync(new EditCounters.Command("AM", 10, "公积金专窗", CounterKind.Specialist, "B，E"), Manager);

        var counter = Assert.Single(await _factory.Get<EditCounters>().ListAsync("AM"), c => c.Number == 10);
        Assert.Equal(("公积金专窗", CounterKind.Specialist, "B,E", CounterState.Closed), (counter.Name, counter.Kind, counter.Lines, counter.State));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "counter.add" && e.Subject == "AM/10号窗口"));
    }

    [Fact]
    public async Task Change_UnknownLine_IsRefusedAndCounterUnchanged()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<EditCounters>().ChangeAsync(new EditCounters.Command("AM", 5, "不动产专窗", CounterKind.Specialist, "B,Q"), Manager));

        Assert.Contains("没有业务 Q", Texts.Of(error, Texts.Chinese));
        Assert.Equal("B,A", (await _factory.Get<EditCounters>().ListAsync("AM")).Single(c => c.Number == 5).Lines);
    }

    private async Task<string> IssueAsync(string line) =>
        (await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, null, false), Actor.Anonymous(null, "test"))).Number;
}
