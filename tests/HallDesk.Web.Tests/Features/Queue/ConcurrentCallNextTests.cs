using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Queue;

public class ConcurrentCallNextTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ConcurrentCallNextTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task CallNext_20ClerksAtOnceOnSharedLines_NeverCallOneTicketTwice()
    {
        var clerks = await CreateClerksWithCountersAsync(20);
        var issue = _factory.Get<IssueTicket>();
        var issued = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            issued.Add((await issue.HandleAsync(new IssueTicket.Command("AM", i % 2 == 0 ? "A" : "C", null, false), Actor.Anonymous(null, "test"))).Number);
        }

        var call = _factory.Get<CallNextTicket>();
        var called = await Task.WhenAll(clerks.Select(c => Task.Run(() => call.HandleAsync(c))));

        var numbers = called.Where(n => n is not null).ToList();
        Assert.Equal(15, numbers.Count);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(issued.Order(), numbers.Order());
        Assert.Equal(5, called.Count(n => n is null));
        // The calls shared batches of the hall's writer (each call taking up the queue the one before it left, the chain's
        // end its transaction saved): one audit line per call, and the chain unbroken.
        await using var db = await _factory.DbAsync();
        foreach (var number in numbers)
        {
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "ticket.call" && a.Subject == "AM/" + number));
        }

        Assert.True((await AuditChain.VerifyAsync(_factory.Get<IDbContextFactory<HallDeskDbContext>>())).Intact);
    }

    private async Task<List<Actor>> CreateClerksWithCountersAsync(int count)
    {
        await using (var db = await _factory.DbAsync())
        {
            for (var i = 1; i <= count; i++)
            {
                db.Counters.Add(new Counter("AM", 100 + i, "测试窗口", CounterKind.Comprehensive, i % 2 == 0 ? ["A", "C"] : ["C", "A"]));
            }

            await db.SaveChangesAsync();
        }

        var actors = new List<Actor>();
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        for (var i = 1; i <= count; i++)
        {
            var user = new StaffUser { UserName = $"load{i}", DisplayName = $"测试{i}", StaffNumber = $"T{i:000}", HallCode = "AM" };
            Assert.True((await users.CreateAsync(user, HallDeskFactory.Password)).Succeeded);
            var actor = new Actor(user.Id, user.UserName, null);
            await _factory.Get<OpenCounter>().HandleAsync(actor, "AM", 100 + i);
            actors.Add(actor);
        }

        return actors;
    }
}
