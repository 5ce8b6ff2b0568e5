using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Admin;

public sealed class EditHallSettingsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public EditHallSettingsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Handle_ValidSettings_AreSavedAuditedAndCountersRepublished()
    {
        var manager = await _factory.ActorAsync("manager");
        var current = (await _factory.Get<EditHallSettings>().LoadAsync("AM"))!;
        var heard = new List<QueueEvent>();
        var notifier = _factory.Get<QueueNotifier>();
        using var subscription = notifier.Subscribe("AM", batch =>
        {
            heard.AddRange(batch);
            return Task.CompletedTask;
        });

        await _factory.Get<EditHallSettings>().HandleAsync(
            current with { Name = "爱民区政务服务中心（新区）", Notice = "免费帮办", OpenAroundTheClock = false, OpensAt = new(8, 30), ClosesAt = new(17, 30), NoShowAfterCalls = 2, RejoinBehind = 5, WaitAlertMinutes = 40, PauseAlertMinutes = 10, ServiceAlertMinutes = 25 },
            manager);
        await notifier.IdleAsync();

        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        Assert.Equal("爱民区政务服务中心（新区）", hall.Name);
        Assert.Equal("免费帮办", hall.Notice);
        Assert.False(hall.OpenAroundTheClock);
        Assert.Equal(new TimeOnly(8, 30), hall.OpensAt);
        Assert.Equal(new TimeOnly(17, 30), hall.ClosesAt);
        Assert.Equal((2, 5), (hall.NoShowAfterCalls, hall.RejoinBehind));
        Assert.Equal((40, 10, 25), (hall.WaitAlertMinutes, hall.PauseAlertMinutes, hall.ServiceAlertMinutes));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "hall.settings" && a.Actor == "manager" && a.Subject == "AM"));
        Assert.Equal(await db.Counters.CountAsync(c => c.HallCode == "AM"), heard.OfType<CounterChangedEvent>().Count());

        // Back to around the clock, so that nothing else in this class depends on the hour.
        await _factory.Get<EditHallSettings>().HandleAsync(current, manager);
        Assert.True((await _factory.Get<EditHallSettings>().LoadAsync("AM"))!.OpenAroundTheClock);
    }

    [Theory]
    [InlineData("", 3, 3, 30, "大厅名称")]
    [InlineData("大厅", 0, 3, 30, "过号前的呼叫次数")]
    [InlineData("大厅", 3, 101, 30, "过号重排")]
    [InlineData("大厅", 3, 3, 1, "提醒阈值")]
    public async Task Handle_BadValue_IsRefusedInChineseAndNothingIsWritten(string name, int noShow, int rejoin, int wait, string message)
    {
        var current = (await _factory.Get<EditHallSettings>().LoadAsync("AM"))!;
        var audits = await AuditCountAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<EditHallSettings>().HandleAsync(
            current with { Name = name, Notice = "改过的公告", NoShowAfterCalls = noShow, RejoinBehind = rejoin, WaitAlertMinutes = wait },
            Actor("manager")));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese));
        Assert.Equal(current, await _factory.Get<EditHallSettings>().LoadAsync("AM"));
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task Handle_ClosingBeforeOpening_IsRefused()
    {
        var current = (await _factory.Get<EditHallSettings>().LoadAsync("AM"))!;

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<EditHallSettings>().HandleAsync(
            current with { OpenAroundTheClock = false, OpensAt = new(17, 0), ClosesAt = new(9, 0) }, Actor("manager")));

        Assert.Contains("下班时间必须晚于上班时间", Texts.Of(error, Texts.Chinese));
        Assert.Equal(current, await _factory.Get<EditHallSettings>().LoadAsync("AM"));
    }

    private static Actor Actor(string name) => new("", name, "127.0.0.1");

    private async Task<int> AuditCountAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == "hall.settings");
    }
}
