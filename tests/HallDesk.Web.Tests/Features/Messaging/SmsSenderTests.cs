using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Messaging;

/// <summary>The background sender wakes when a write that queued a message commits, and sends it without anyone asking.</summary>
public sealed class SmsSenderTests(SmsSenderTests.SenderFactory factory) : IClassFixture<SmsSenderTests.SenderFactory>
{
    public sealed class SignallingGateway : ISmsGateway
    {
        public TaskCompletionSource<OutgoingSms> Got { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "Test";

        public Task<SmsDelivery> SendAsync(OutgoingSms sms, CancellationToken ct)
        {
            Got.TrySetResult(sms);
            return Task.FromResult(SmsDelivery.Ok);
        }
    }

    public sealed class SenderFactory : HallDeskFactory
    {
        public SignallingGateway Gateway { get; } = new();

        protected override bool BackgroundSmsSender => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ISmsGateway>(Gateway));
        }
    }

    [Fact]
    public async Task Commit_WakesTheSender_WhichSendsAndMarksTheMessage()
    {
        await using (var write = await WriteScope.BeginAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>(), factory.Get<WriteGate>(), default))
        {
            await factory.Get<SmsOutbox>().AddAsync(write, SmsKind.TicketIssued, "13500000009", "AM", "A001", "请留意叫号。", factory.Clock.GetUtcNow().UtcDateTime);
            await write.CommitAsync(default);
        }

        var sent = await factory.Gateway.Got.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("13500000009", sent.Phone);
        await using var db = await factory.DbAsync();
        var message = await db.SmsOutbox.AsNoTracking().SingleAsync(m => m.Key == sent.Key);
        // Claimed once before it went (the record of the outcome follows the gateway's answer on the sender's own time).
        Assert.Equal(1, message.Attempts);
        Assert.Contains(message.Status, new[] { SmsStatus.Sending, SmsStatus.Sent });
    }
}
