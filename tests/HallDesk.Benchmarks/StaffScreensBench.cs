using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Benchmarks;

/// <summary>
/// Does a clerk's 叫号 wait for the hall's open staff screens? <c>CallNextTicket.HandleAsync</c> timed alone, with
/// no screen subscribed to the hall and with many (clerk consoles at counters of their own, and manager views),
/// in blocks that take turns in one app, so a busy spell on the machine falls on both alike.
/// </summary>
public static class StaffScreensBench
{
    /// <summary>The demo hall has counters 1–9; the consoles' clerks sit at 10 and up, serving line B (nobody calls there).</summary>
    public const int FirstCounter = 10;

    public const int BlockSize = 25;

    public sealed record Side(Latency Step, double AchievedRate, long Reads, long Batches, int Rounds, GcActivity Gc);

    public sealed record Result(int Consoles, int Managers, double Rate, Side None, Side Screens);

    public static async Task<Result> RunAsync(BenchOptions options, CancellationToken ct)
    {
        using var app = new BenchApp();
        app.StartServer();
        var clerk = await app.ActorAsync("clerk1");
        await app.Get<OpenCounter>().HandleAsync(clerk, BenchApp.Hall, CallRounds.Counter, ct);
        var managers = Math.Max(1, options.Screens / 10);
        var consoles = await OpenCountersAsync(app, options.Screens - managers, ct);
        Program.Progress($"screens: {consoles.Count} consoles' counters open");

        var notifier = app.Get<QueueNotifier>();
        var rounds = new Rounds(app, clerk);
        var none = new Tally();
        var screens = new Tally();
        await rounds.RunAsync(options.WarmupRounds, options.Rate, null, ct);
        for (var done = 0; done < options.ScreenCalls; done += BlockSize)
        {
            var size = Math.Min(BlockSize, options.ScreenCalls - done);
            await none.RunBlockAsync(() => rounds.RunAsync(size, options.Rate, none, ct), null);

            var open = await StaffScreens.OpenAsync(app, consoles, managers, ct);
            await using (open)
            {
                // Untimed: the screens' first reads are over before the block starts.
                await rounds.RunAsync(done == 0 ? options.WarmupRounds : 1, options.Rate, null, ct);
                await open.IdleAsync(notifier);
                var (reads, batches) = (open.Reads, open.Batches);
                await screens.RunBlockAsync(() => rounds.RunAsync(size, options.Rate, screens, ct), () => open.IdleAsync(notifier));
                screens.Count(open.Reads - reads, open.Batches - batches);
            }

            Program.Progress($"screens: {done + size} of {options.ScreenCalls} rounds of each kind");
        }

        return new Result(consoles.Count, managers, options.Rate, none.ToSide(), screens.ToSide());
    }

    /// <summary>Clerk accounts (no password: the console's query takes the user id) at open counters of their own.</summary>
    internal static async Task<List<string>> OpenCountersAsync(BenchApp app, int clerks, CancellationToken ct, string[]? lines = null) =>
        (await ClerkDesks.OpenAsync(app, BenchApp.Hall, FirstCounter, clerks, "screen", lines ?? ["B"], ct)).Select(a => a.UserId).ToList();

    /// <summary>Issue a ticket (untimed), call it through CallNextTicket (timed), finish it (untimed): three commits a round.</summary>
    private sealed class Rounds(BenchApp app, Actor clerk)
    {
        private readonly IssueTicket _issue = app.Get<IssueTicket>();
        private readonly CallNextTicket _callNext = app.Get<CallNextTicket>();
        private readonly FinishService _finish = app.Get<FinishService>();

        public Task<TimeSpan> RunAsync(int count, double rate, Tally? tally, CancellationToken ct) =>
            Pacer.RunAsync(count, rate, async _ =>
            {
                var ticket = await _issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, "A", null, false), clerk, ct);
                var start = Stopwatch.GetTimestamp();
                var called = await _callNext.HandleAsync(clerk, ct);
                tally?.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
                if (called != ticket.Number)
                {
                    throw new InvalidOperationException($"Counter {CallRounds.Counter} called {called ?? "nobody"} instead of {ticket.Number}.");
                }

                await _finish.HandleAsync(clerk, ct);
            }, ct);
    }

    private sealed class Tally
    {
        private readonly List<double> _steps = [];
        private TimeSpan _paced;
        private long _reads;
        private long _batches;
        private GcActivity _gc = GcActivity.None;

        public void Add(double ms) => _steps.Add(ms);

        public void Count(long reads, long batches) => (_reads, _batches) = (_reads + reads, _batches + batches);

        public async Task RunBlockAsync(Func<Task<TimeSpan>> block, Func<Task>? settle)
        {
            var gcAtStart = GcActivity.Total();
            _paced += await block();
            if (settle is not null)
            {
                // The next block starts on quiet screens, not behind this block's backlog.
                await settle();
            }

            _gc = _gc.Plus(GcActivity.Total().Since(gcAtStart));
        }

        public Side ToSide() => new(Latency.Of(_steps), _steps.Count / _paced.TotalSeconds, _reads, _batches, _steps.Count, _gc);
    }
}
