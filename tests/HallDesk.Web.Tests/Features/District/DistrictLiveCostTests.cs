using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.District;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.District;

/// <summary>
/// What an event costs the district screen: it draws what the event carries without a query (the database is held),
/// and a burst of a hall's events folds into one read of today's figures, as on the hall's dashboard.
/// </summary>
public sealed class DistrictLiveCostTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;
    private readonly CountingDbContextFactory _db;

    public DistrictLiveCostTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
        _db = new CountingDbContextFactory(factory.Get<IDbContextFactory<HallDeskDbContext>>());
        var queries = new QueueQueries(_db, factory.Clock);
        Services.AddSingleton(queries);
        Services.AddSingleton(new HallLiveQuery(_db, queries, factory.Get<EvaluationQueries>(), factory.Get<TodayTickets>(),
            factory.Get<HallDesk.Web.Features.Review.CommitmentCheckQueries>(),
            factory.Get<HallDesk.Web.Features.Review.TransferQueries>(), factory.Clock));
    }

    [Fact]
    public async Task EventsAtXY_AreDrawnWhileTheDatabaseIsHeld_AndABurstReadsTodaysFiguresOnceMore()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<DistrictPage>();
        await page.WaitForElementAsync("[data-testid=district-XY-line-A]");
        var lines = (await _factory.Get<QueueQueries>().SnapshotAsync("XY"))!.Lines;
        var notifier = _factory.Get<QueueNotifier>();
        var read = _db.Opened;
        _db.Hold();
        try
        {
            await notifier.PublishAsync(new TicketIssuedEvent("XY", "A901", "A", Now, Figures(lines, 42)));
            await notifier.IdleAsync();

            await page.WaitForAssertionAsync(() => Assert.Equal("42", page.Find("[data-testid=district-XY-line-A] td:nth-child(2)").TextContent.Trim()));
            await _db.SomeoneWaits.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(1, _db.Waiting);
            for (var i = 0; i < 5; i++)
            {
                await notifier.PublishAsync(new TicketIssuedEvent("XY", $"A9{i + 10}", "A", Now, Figures(lines, 43 + i)));
            }

            await notifier.IdleAsync();
            await page.WaitForAssertionAsync(() => Assert.Equal("47", page.Find("[data-testid=district-XY-line-A] td:nth-child(2)").TextContent.Trim()));
            Assert.Equal("47", page.Find("[data-testid=district-XY-waiting]").TextContent.Trim());
            Assert.Equal(1, _db.Waiting);
            Assert.Equal(read + 1, _db.Opened);
        }
        finally
        {
            _db.Release();
        }

        await page.WaitForAssertionAsync(() => Assert.Equal(read + 2, _db.Opened));
    }

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    private static List<LineView> Figures(IReadOnlyList<LineView> lines, int waiting) =>
        lines.Select(l => l.Code == "A" ? l with { Waiting = waiting } : l).ToList();
}
