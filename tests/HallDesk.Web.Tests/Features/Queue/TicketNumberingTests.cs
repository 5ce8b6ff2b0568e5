using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

public class TicketNumberingTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public TicketNumberingTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Issue_100InParallel_GivesDistinctConsecutiveNumbers()
    {
        var issue = _factory.Get<IssueTicket>();
        var actor = Data.Actor.Anonymous("127.0.0.1", "test");

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            Task.Run(() => issue.HandleAsync(new IssueTicket.Command("AM", "B", null, false), actor))));

        var numbers = results.Select(r => r.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"B{i:000}"), numbers);
        await using var db = await _factory.DbAsync();
        Assert.Equal(100, await db.Tickets.CountAsync(t => t.IssuedLine == "B"));
    }

    [Fact]
    public async Task Issue_AfterLocalMidnight_StartsAgainAtOne()
    {
        var issue = _factory.Get<IssueTicket>();
        var actor = Data.Actor.Anonymous("127.0.0.1", "test");
        // 23:59 in Shanghai is 15:59 UTC.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 15, 58, 0, TimeSpan.Zero));
        var late1 = await issue.HandleAsync(new IssueTicket.Command("AM", "E", null, false), actor);
        var late2 = await issue.HandleAsync(new IssueTicket.Command("AM", "E", null, false), actor);

        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 16, 1, 0, TimeSpan.Zero));
        var nextDay = await issue.HandleAsync(new IssueTicket.Command("AM", "E", null, false), actor);

        Assert.Equal("E001", late1.Number);
        Assert.Equal("E002", late2.Number);
        Assert.Equal("E001", nextDay.Number);
    }
}
