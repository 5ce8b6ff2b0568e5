using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Messaging;

/// <summary>The outbox: a message is stored with the write that causes it (or not at all), then sent by the sender.</summary>
public sealed class SmsOutboxTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private async Task<bool> QueueAsync(string phone, bool commit, SmsKind? kind = null)
    {
        await using var write = await WriteScope.BeginAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>(), factory.Get<WriteGate>(), default);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var queued = await factory.Get<SmsOutbox>().AddAsync(write, kind ?? SmsKind.TicketIssued, phone, "AM", "test", "您的号码是A001。", now);
        write.Audit(now, Actor.Anonymous("127.0.0.1", "test"), "test.sms", phone[^4..], "");
        if (commit)
        {
            await write.CommitAsync(default);
        }

        return queued;
    }

    private async Task<SmsMessage[]> MessagesAsync(string phone)
    {
        await using var db = await factory.DbAsync();
        return await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == phone).OrderBy(m => m.Id).ToArrayAsync();
    }

    [Fact]
    public async Task Add_InACommittedWrite_IsStoredPendingWithTheSignature()
    {
        Assert.True(await QueueAsync("13900000001", commit: true));

        var message = Assert.Single(await MessagesAsync("13900000001"));
        Assert.Equal(SmsStatus.Pending, message.Status);
        Assert.Equal("【爱民区政务服务中心】您的号码是A001。", message.Text);
        Assert.Equal(("TicketIssued", "AM", 0), (message.Kind, message.HallCode, message.Attempts));
        Assert.Equal(32, message.Key.Length);
    }

    [Fact]
    public async Task Add_InAWriteThatRollsBack_StoresNothing()
    {
        Assert.True(await QueueAsync("13900000002", commit: false));

        Assert.Empty(await MessagesAsync("13900000002"));
        await using var db = await factory.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "test.sms" && a.Subject == "0002"));
    }

    [Fact]
    public async Task Add_NotAMobile_QueuesNothing()
    {
        Assert.False(await QueueAsync("0453-1234567", commit: true));

        Assert.Empty(await MessagesAsync("04531234567"));
    }

    [Fact]
    public async Task SendDue_OutboxGateway_MarksEachSentToTheOutboxOnce()
    {
        await QueueAsync("13900000003", commit: true);
        await QueueAsync("13900000003", commit: true);

        await factory.Get<SendDueSms>().HandleAsync();
        await factory.Get<SendDueSms>().HandleAsync();

        var messages = await MessagesAsync("13900000003");
        Assert.Equal(2, messages.Length);
        Assert.All(messages, m => Assert.Equal((SmsStatus.Sent, "Outbox", 1), (m.Status, m.Gateway, m.Attempts)));
        Assert.All(messages, m => Assert.NotNull(m.SentAt));
    }

    [Fact]
    public async Task Prune_OlderThanKeepDays_DeletesSentButNotRecent()
    {
        await QueueAsync("13900000004", commit: true);
        await factory.Get<SendDueSms>().HandleAsync();
        await using (var db = await factory.DbAsync())
        {
            // Made 31 days ago: the sender's own row, aged by hand.
            await db.SmsOutbox.Where(m => m.Phone == "13900000004")
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.CreatedAt, m => m.CreatedAt.AddDays(-31)));
        }

        await QueueAsync("13900000004", commit: true);

        Assert.True(await factory.Get<PruneSmsOutbox>().HandleAsync() >= 1);
        var left = Assert.Single(await MessagesAsync("13900000004"));
        Assert.Equal(SmsStatus.Pending, left.Status);
    }

    [Theory]
    [InlineData("2026-12-01T13:30:00Z", "AppointmentReminder", "2026-12-02T00:00:00Z")] // 21:30 in Shanghai → 08:00 next morning
    [InlineData("2026-12-01T19:00:00Z", "AppointmentReminder", "2026-12-02T00:00:00Z")] // 03:00 → 08:00 the same morning
    [InlineData("2026-12-01T02:00:00Z", "AppointmentReminder", "2026-12-01T02:00:00Z")] // 10:00: at once
    [InlineData("2026-12-01T13:30:00Z", "VerificationCode", "2026-12-01T13:30:00Z")] // codes never wait
    public void DueAt_QuietHours_MoveRemindersToTheMorningButNeverCodes(string at, string kind, string expected)
    {
        var settings = new SmsSettings(new ConfigurationBuilder().Build());
        var utc = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        var due = settings.DueAt(SmsKind.All.Single(k => k.Name == kind), utc);

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), due);
    }

    [Fact]
    public void Settings_KindSwitchedOff_IsOff()
    {
        var settings = new SmsSettings(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sms:Kinds:TicketNear"] = "false" }).Build());

        Assert.False(settings.IsOn(SmsKind.TicketNear));
        Assert.True(settings.IsOn(SmsKind.TicketIssued));
    }
}
