using System.Net;
using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Messaging;

/// <summary>
/// The HTTP gateway against a provider on a loopback port: quick retries on 500 within a try, a message that stays
/// pending (with its error and a back-off) while the provider is down, and no message sent twice across a restart,
/// a message caught between claim and record going again with its own idempotency key.
/// </summary>
public sealed class HttpSmsGatewayTests : IDisposable
{
    private readonly SmsProviderStub _provider = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-tests", "sms-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app with the HTTP gateway, on a database file that outlives it (a restart is a new factory on the same file).</summary>
    private sealed class HttpGatewayFactory(string url, string databasePath, DateTimeOffset start) : HallDeskFactory(start)
    {
        protected override bool OnPostgreSql => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:HallDesk", $"Data Source={databasePath}");
            builder.UseSetting("Sms:Gateway", "Http");
            builder.UseSetting("Sms:Http:Url", url);
            builder.UseSetting("Sms:Http:ApiKey", "key-123");
            builder.UseSetting("Sms:Http:Template", """{"mobile":"{phone}","content":"{text}","requestId":"{key}"}""");
            builder.UseSetting("Sms:Http:Retries", "2");
            builder.UseSetting("Sms:Http:RetryDelayMilliseconds", "0");
        }
    }

    public HttpSmsGatewayTests() => Directory.CreateDirectory(_folder);

    private HttpGatewayFactory Start(DateTimeOffset? at = null) =>
        new(_provider.Url, Path.Combine(_folder, "halldesk.db"), at ?? HallDeskFactory.Start);

    private static async Task<long> QueueAsync(HallDeskFactory app, string phone, string text = "您的验证码为123456，5分钟内有效。")
    {
        await using var write = await WriteScope.BeginAsync(app.Get<IDbContextFactory<HallDeskDbContext>>(), app.Get<WriteGate>(), default);
        await app.Get<SmsOutbox>().AddAsync(write, SmsKind.VerificationCode, phone, "AM", "test", text, app.Clock.GetUtcNow().UtcDateTime);
        await write.CommitAsync(default);
        await using var db = await app.DbAsync();
        return await db.SmsOutbox.Where(m => m.Phone == phone).MaxAsync(m => m.Id);
    }

    private static async Task<SmsMessage> MessageAsync(HallDeskFactory app, long id)
    {
        await using var db = await app.DbAsync();
        return await db.SmsOutbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task Send_ProviderFailsTwiceThenAccepts_RetriesWithOneKeyAndMarksSentOnce()
    {
        using var app = Start();
        var id = await QueueAsync(app, "13600000001", "带\"引号\"的短信");
        _provider.Answer(HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK);

        await app.Get<SendDueSms>().HandleAsync();

        var message = await MessageAsync(app, id);
        Assert.Equal((SmsStatus.Sent, "Http", 1, (string?)null), (message.Status, message.Gateway, message.Attempts, message.LastError));
        var requests = _provider.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.All(requests, r => Assert.Equal((message.Key, "key-123"), (r.IdempotencyKey, r.ApiKey)));
        var body = JsonDocument.Parse(requests[^1].Body).RootElement;
        Assert.Equal("13600000001", body.GetProperty("mobile").GetString());
        Assert.Equal("【爱民区政务服务中心】带\"引号\"的短信", body.GetProperty("content").GetString());
        Assert.Equal(message.Key, body.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Send_ProviderDown_StaysPendingWithTheErrorAndABackOff_ThenGoesWhenItIsBack()
    {
        using var app = Start();
        var id = await QueueAsync(app, "13600000002");
        _provider.Answer(HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError);

        await app.Get<SendDueSms>().HandleAsync();

        var waiting = await MessageAsync(app, id);
        Assert.Equal((SmsStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.StartsWith("HTTP 500", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.DueAt > app.Clock.GetUtcNow().UtcDateTime, "the next try waits for its back-off");

        // Not before the back-off: nothing is tried.
        Assert.Equal(0, await app.Get<SendDueSms>().HandleAsync());
        app.Clock.Advance(SmsSettings.BackOff(1));
        Assert.Equal(1, await app.Get<SendDueSms>().HandleAsync());

        var sent = await MessageAsync(app, id);
        Assert.Equal((SmsStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(4, _provider.Requests.Count);
    }

    [Fact]
    public async Task Restart_SendsNothingTwice_AndAClaimCutShortGoesAgainWithItsOwnKey()
    {
        long sentId, cutId;
        string cutKey;
        using (var before = Start())
        {
            sentId = await QueueAsync(before, "13600000003");
            await before.Get<SendDueSms>().HandleAsync();
            cutId = await QueueAsync(before, "13600000004");
            // A sender claims the second message and dies before it records anything (the process is killed).
            await using var db = await before.DbAsync();
            var cut = await db.SmsOutbox.SingleAsync(m => m.Id == cutId);
            cut.Claim(before.Clock.GetUtcNow().UtcDateTime, SendDueSms.ClaimLease);
            await db.SaveChangesAsync();
            cutKey = cut.Key;
        }

        Assert.Single(_provider.Requests);
        using var after = Start(HallDeskFactory.Start + TimeSpan.FromMinutes(5));

        await after.Get<SendDueSms>().HandleAsync();
        await after.Get<SendDueSms>().HandleAsync();

        var keys = _provider.Requests.Select(r => r.IdempotencyKey).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(cutKey, keys[1]);
        Assert.Equal((SmsStatus.Sent, 1), ((await MessageAsync(after, sentId)).Status, (await MessageAsync(after, sentId)).Attempts));
        Assert.Equal((SmsStatus.Sent, 2), ((await MessageAsync(after, cutId)).Status, (await MessageAsync(after, cutId)).Attempts));
    }

    public void Dispose()
    {
        _provider.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's cleaner.
        }
    }
}
