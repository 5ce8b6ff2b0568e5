using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>A node whose Redis is configured but unreachable (nothing listens on port 1).</summary>
public sealed class UnreachableRedisFactory : HallDeskFactory
{
    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseSetting("SignalR:Redis", "127.0.0.1:1,connectTimeout=1000");
    }
}

public sealed class RedisUnavailableTests(UnreachableRedisFactory factory) : IClassFixture<UnreachableRedisFactory>
{
    [Fact]
    public async Task IssueAndCall_RedisUnreachable_StillSucceedAndAreStored()
    {
        var clerk = await factory.ActorAsync("clerk1");
        await factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 1);
        var ticket = await factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"));
        var heard = new List<QueueEvent>();
        var notifier = factory.Get<QueueNotifier>();
        using var screen = notifier.Subscribe("AM", batch =>
        {
            heard.AddRange(batch);
            return Task.CompletedTask;
        });

        var number = await factory.Get<CallNextTicket>().HandleAsync(clerk);
        await notifier.IdleAsync();

        Assert.Equal(ticket.Number, number);
        await using var db = await factory.DbAsync();
        Assert.Equal(1, (await db.Tickets.SingleAsync(t => t.Number == ticket.Number && t.HallCode == "AM")).CounterNumber);
        // This node's own screens still hear the call.
        Assert.Contains(heard, e => e is TicketCalledEvent called && called.Number == ticket.Number);
    }
}
