using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Domain.Simulation;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Demo;

/// <summary>
/// Demo:History: the last <see cref="WorkingDays"/> working days of every demo hall, lived through the real use cases
/// on the app's clock sent back in time (<see cref="HistoryClock"/>): tickets on the day's arrival curve with services,
/// no-shows and transfers, cases taken in and carried through review to delivery, ratings, rectifications and
/// feedback. A fixed seed, so two fresh databases get the same history. Only into a database nothing has happened in.
/// </summary>
public sealed class DemoHistory(IServiceProvider services, IDbContextFactory<HallDeskDbContext> dbFactory, IConfiguration configuration,
    ILogger<DemoHistory> logger)
{
    public const int WorkingDays = 20;
    public const int Seed = 20261201;

    /// <summary>Which clerk opens which counter in each hall.</summary>
    private static readonly Dictionary<string, (string Clerk, int Counter)[]> Staffing = new()
    {
        ["AM"] = [("clerk1", 1), ("clerk2", 3), ("clerk3", 5), ("clerk4", 8)],
        ["XY"] = [("clerk-xy1", 1), ("clerk-xy2", 2)],
        ["SDG"] = [("clerk-sdg1", 1)],
    };

    private static readonly Dictionary<string, int> DailyTickets = new() { ["AM"] = 12, ["XY"] = 5, ["SDG"] = 3 };

    private static readonly Dictionary<string, double> LineShares = new() { ["A"] = 5, ["B"] = 2, ["C"] = 2, ["D"] = 1, ["E"] = 1 };

    /// <summary>Working days of history (<c>Demo:HistoryDays</c>, default <see cref="WorkingDays"/>).</summary>
    public int Days => Math.Clamp(configuration.GetValue("Demo:HistoryDays", WorkingDays), 1, 60);

    public bool Enabled => configuration.GetValue("Demo:Seed", true) && configuration.GetValue("Demo:History", true);

    /// <returns>How many steps ran, or null when there was nothing to do.</returns>
    public async Task<int?> SeedAsync(CancellationToken ct = default)
    {
        if (!Enabled)
        {
            return null;
        }

        if (services.GetRequiredService<TimeProvider>() is not HistoryClock clock)
        {
            logger.LogWarning("Demo:History is on, but the app's clock cannot travel back: no history was written.");
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Nodes sharing a PostgreSQL database start together: one writes the history, the others wait and find it written.
        var shared = db.Database.IsNpgsql();
        if (shared)
        {
            await PostgreSqlDatabase.LockStartupAsync(db, ct);
        }

        try
        {
            if (!await db.Halls.AnyAsync(ct) || await db.Tickets.AnyAsync(ct) || await db.Cases.AnyAsync(ct))
            {
                return null;
            }

            return await WriteAsync(clock, db, ct);
        }
        finally
        {
            if (shared)
            {
                await PostgreSqlDatabase.UnlockStartupAsync(db);
            }
        }
    }

    private async Task<int> WriteAsync(HistoryClock clock, HallDeskDbContext db, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var today = Hall.TodayIn(Hall.DefaultTimeZone, nowUtc);
        var days = new List<DateOnly>();
        for (var day = today.AddDays(-1); days.Count < Days; day = day.AddDays(-1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Insert(0, day);
            }
        }

        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        var actors = users.Where(u => u.UserName != null).ToDictionary(u => u.UserName!, u => new Actor(u.Id, u.UserName!, "127.0.0.1"));
        var slips = services.GetRequiredService<TicketSlipDesk>();
        var documents = services.GetRequiredService<DocumentArchive>();
        var timeline = new DemoTimeline(clock, nowUtc, () =>
        {
            slips.StepEnded();
            documents.StepEnded();
        });
        var random = new Random(Seed);
        var stories = new DemoCaseStories(services, timeline, random, actors, days, await DemoCaseStories.SubjectsAsync(db, ct));
        foreach (var (day, index) in days.Select((d, i) => (d, i)))
        {
            foreach (var hall in DemoData.Halls)
            {
                PlanDay(timeline, random, stories, actors, hall, day, index);
            }

            stories.PlanFeedback(day);
        }

        // Nobody was promised these days: commits sync at the end, not one by one, and the slips and case documents
        // nobody waits for are drawn beside the next steps and stored together when the days are written (dated when
        // their tickets and steps were).
        int printed;
        int drawn;
        using (services.GetService<SqlitePragmas>()?.RelaxSync())
        {
            slips.Hold();
            documents.Hold();
            try
            {
                await timeline.RunAsync();
            }
            finally
            {
                printed = await slips.ReleaseAsync(CancellationToken.None);
                drawn = await documents.ReleaseAsync(CancellationToken.None);
            }

            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(FULL);", ct);
            }
        }

        var (ran, skipped, seconds) = (timeline.Ran, timeline.Skipped, watch.Elapsed.TotalSeconds);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Demo history: {Days} working days, {Ran} steps ({Skipped} skipped), {Slips} slips, {Documents} case documents in {Seconds:0.0} s (garbage collections {Gen0}/{Gen1}/{Gen2}, paused {Paused:0.0} s in all since start)",
                days.Count, ran, skipped, printed, drawn, seconds, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalSeconds);
        }

        return timeline.Ran;
    }

    /// <summary>Seconds since local midnight on a hall's day, in UTC (China keeps one offset all year).</summary>
    internal static DateTime Utc(DateOnly day, int second) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(second).AddHours(-8);

    private void PlanDay(DemoTimeline timeline, Random random, DemoCaseStories stories, Dictionary<string, Actor> actors, DemoData.DemoHall hall,
        DateOnly day, int index)
    {
        var staff = Staffing[hall.Code].Where(s => actors.ContainsKey(s.Clerk)).ToList();
        var counters = staff.Select(s => new SimulatedCounter(s.Counter, hall.Counters.Single(c => c.Number == s.Counter).Lines)).ToList();
        var served = counters.SelectMany(c => c.Lines).ToHashSet();
        var lines = hall.Lines.Where(l => served.Contains(l.Code)).Select(l => new SimulatedLine(l.Code, l.Minutes, LineShares.GetValueOrDefault(l.Code, 1))).ToList();
        // Mondays are busier, Fridays quieter; each day a little different.
        var weekday = day.DayOfWeek switch { DayOfWeek.Monday => 1.3, DayOfWeek.Friday => 0.85, _ => 1.0 };
        var count = (int)Math.Round(DailyTickets[hall.Code] * weekday * (0.85 + (0.3 * random.NextDouble())));
        var plan = ArrivalPlan.Generate(Seed + (index * 31) + hall.Code.Length, lines, count);
        var result = QueueSimulator.Run(plan, counters, SmartPolicy.Default);

        foreach (var (clerk, counter) in staff)
        {
            var actor = actors[clerk];
            timeline.At(Utc(day, (8 * 3600) + (55 * 60)), () => services.GetRequiredService<OpenCounter>().HandleAsync(actor, hall.Code, counter));
            timeline.At(Utc(day, 17 * 3600 + (40 * 60)), () => services.GetRequiredService<CloseCounter>().HandleAsync(actor));
        }

        foreach (var arrival in plan.Arrivals)
        {
            timeline.At(Utc(day, arrival.ArrivalSecond), () => services.GetRequiredService<IssueTicket>().HandleAsync(
                new IssueTicket.Command(hall.Code, arrival.LineCode, null, arrival.GreenChannel), Actor.Anonymous("127.0.0.1", "kiosk")));
        }

        foreach (var service in result.Served)
        {
            var clerk = actors[staff.Single(s => s.Counter == service.CounterNumber).Clerk];
            var start = service.StartSecond;
            var roll = random.NextDouble();
            timeline.At(Utc(day, start + 1), () => services.GetRequiredService<CallNextTicket>().HandleAsync(clerk));
            if (roll < 0.05 && service.Arrival.ServiceSeconds >= 240)
            {
                // 过号: called three times, nobody came.
                timeline.At(Utc(day, start + 60), () => services.GetRequiredService<RecallTicket>().HandleAsync(clerk));
                timeline.At(Utc(day, start + 120), () => services.GetRequiredService<RecallTicket>().HandleAsync(clerk));
                timeline.At(Utc(day, start + 180), () => services.GetRequiredService<MarkNoShow>().HandleAsync(clerk));
                continue;
            }

            var others = served.Where(l => l != service.Arrival.LineCode).Order(StringComparer.Ordinal).ToList();
            if (roll < 0.09 && others.Count > 0)
            {
                var to = others[random.Next(others.Count)];
                timeline.At(Utc(day, start + 20), () => services.GetRequiredService<TransferTicket>().HandleAsync(clerk, new TransferTicket.Command(to, null)));
                continue;
            }

            timeline.At(Utc(day, start + 20), () => services.GetRequiredService<StartService>().HandleAsync(clerk));
            if (service.Arrival.LineCode is "A" or "B" && random.NextDouble() < (hall.Code == "AM" ? 0.5 : 0.6))
            {
                stories.PlanIntake(Utc(day, start + 25), clerk, hall.Code, index);
            }

            timeline.At(Utc(day, service.FinishSecond), () => services.GetRequiredService<FinishService>().HandleAsync(clerk));
        }
    }
}
