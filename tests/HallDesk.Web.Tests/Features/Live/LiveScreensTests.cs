using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>
/// The kiosk and the manager's view draw the figures a queue event carries, without asking the database: the events
/// here carry figures the database does not hold, and the database is counted (and, for the manager, held).
/// </summary>
public sealed class LiveScreensTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;
    private readonly CountingDbContextFactory _db;

    public LiveScreensTests(HallDeskFactory factory)
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
    public async Task Kiosk_TicketIssuedElsewhere_TilesShowTheEventsFigures_WithoutAQuery()
    {
        var page = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await page.WaitForElementAsync("[data-testid=kiosk-line-A]");
        var lines = (await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!.Lines;
        var read = _db.Opened;

        await Notifier.PublishAsync(new TicketIssuedEvent("AM", "A901", "A", Now, Figures(lines, "A", 42, 77)));
        await Notifier.IdleAsync();

        await page.WaitForAssertionAsync(() => Assert.Contains("等候 42 人 · 约 77 分钟", page.Find("[data-testid=kiosk-line-A]").TextContent));
        Assert.Equal(read, _db.Opened);
    }

    [Fact]
    public async Task Manager_CallElsewhere_LinesAndCounterDrawnFromTheEvent_WhileTheDatabaseIsHeld_AndABurstReadsTodaysFiguresOnceMore()
    {
        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<ManagerLivePage>();
        await page.WaitForElementAsync("[data-testid=kpi-issued]");
        var snapshot = (await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!;
        var counter = snapshot.Counters[0];
        var read = _db.Opened;
        _db.Hold();
        try
        {
            await Notifier.PublishAsync([
                new TicketCalledEvent("AM", "A902", "A", counter.Number, Now, 1, Figures(snapshot.Lines, "A", 42, 77)),
                new CounterChangedEvent("AM", counter with { CurrentTicket = "A902" }),
            ]);
            await Notifier.IdleAsync();

            await page.WaitForAssertionAsync(() => Assert.Equal("42", page.Find("[data-testid=manager-line-A] td:nth-child(2)").TextContent.Trim()));
            Assert.Equal("A902", page.Find($"[data-testid=manager-counter-{counter.Number}-ticket]").TextContent.Trim());
            // Today's figures are not in the event: one read of them waits at the held database, and a burst of
            // further events folds into a single read after it.
            await _db.SomeoneWaits.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(1, _db.Waiting);
            for (var i = 0; i < 5; i++)
            {
                await Notifier.PublishAsync(new TicketIssuedEvent("AM", $"A9{i + 10}", "A", Now, Figures(snapshot.Lines, "A", 43 + i, 80)));
            }

            await Notifier.IdleAsync();
            await page.WaitForAssertionAsync(() => Assert.Equal("47", page.Find("[data-testid=manager-line-A] td:nth-child(2)").TextContent.Trim()));
            Assert.Equal(1, _db.Waiting);
            Assert.Equal(read + 1, _db.Opened);
        }
        finally
        {
            _db.Release();
        }

        await page.WaitForAssertionAsync(() => Assert.Equal(read + 2, _db.Opened));
        Assert.Equal("47", page.Find("[data-testid=manager-line-A] td:nth-child(2)").TextContent.Trim());
    }

    private QueueNotifier Notifier => _factory.Get<QueueNotifier>();

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    private static List<LineView> Figures(IReadOnlyList<LineView> lines, string code, int waiting, int minutes) =>
        lines.Select(l => l.Code == code ? l with { Waiting = waiting, EstimatedWaitMinutes = minutes } : l).ToList();
}
