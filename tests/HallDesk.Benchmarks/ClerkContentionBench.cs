using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Benchmarks;

/// <summary>
/// Many clerks press 叫号 at the same instant (a barrier), each at an open counter of their own serving
/// line A, for several rounds; against one clerk calling alone between the rounds, in the same app.
/// Afterwards the database must show every call once: no ticket called twice, every clerk a ticket of their own.
/// Phase <c>clerks</c> runs it with 200 clerks (the limit), phase <c>clerks50</c> with 50 (a large real hall).
/// </summary>
public static class ClerkContentionBench
{
    /// <summary>The demo hall has counters 1–9; the benchmark's clerks sit at 10 and up.</summary>
    public const int FirstCounter = 10;

    public const string Line = "A";

    /// <summary>Calls of the lone clerk after each round: the baseline.</summary>
    public const int AloneCallsPerRound = 10;

    public sealed record Round(int Clerks, int Answered, int Distinct, string? First, string? Last, TimeSpan Wall);

    /// <param name="WarmUpRounds">Untimed rounds of every clerk pressing at once, until the JIT was done with them (<see cref="JitSettled"/>).</param>
    /// <param name="Jitted">Methods the JIT compiled during the timed presses: near 0 when the figures are the writer's, not the JIT's.</param>
    public sealed record Result(
        int Clerks, IReadOnlyList<Round> Rounds, Latency Contended, Latency Alone, ClerkDesks.Verification Check, GcActivity Gc, int WarmUpRounds, long Jitted)
    {
        /// <summary>Calls completed per second while all clerks pressed at once: the writer's throughput.</summary>
        public double CallsPerSecond => Rounds.Sum(r => r.Answered) / Rounds.Sum(r => r.Wall.TotalSeconds);
    }

    public static async Task<Result> RunAsync(int clerks, int rounds, CancellationToken ct)
    {
        using var app = new BenchApp();
        app.StartServer();
        var desks = await ClerkDesks.OpenAsync(app, BenchApp.Hall, FirstCounter, clerks, "bench", [Line], ct);
        Program.Progress($"clerks: {clerks} counters open");

        var issue = app.Get<IssueTicket>();
        var callNext = app.Get<CallNextTicket>();
        var finish = app.Get<FinishService>();
        var lone = desks[0];
        var contended = new List<double>();
        var alone = new List<double>();
        var answered = new List<string>();
        var results = new List<Round>();
        var presses = desks.Select(clerk => (Func<Task<string?>>)(() => callNext.HandleAsync(clerk, ct))).ToList();
        long jitted = 0;

        // Warm-up, untimed (these calls count in the check): the connection pool, then whole rounds of every clerk
        // pressing at once until a round leaves the JIT all but idle — the first rounds of a fresh app otherwise
        // measure EF Core building its queries and tiered compilation recompiling the writer's path.
        await ClerkDesks.IssueAsync(issue, BenchApp.Hall, Line, lone, AloneCallsPerRound, ct);
        await CallAloneAsync(callNext, finish, lone, AloneCallsPerRound, [], answered, ct);
        var warmUp = await JitSettled.WarmUpAsync(_ => RoundAsync(timed: false), batch: 1, most: 8);
        Program.Progress($"clerks: {warmUp} untimed rounds until the JIT settled");

        var gcAtStart = GcActivity.Total();
        for (var round = 0; round < rounds; round++)
        {
            await RoundAsync(timed: true);
            Program.Progress($"clerks: round {round + 1}, {results[^1].Answered} calls in {results[^1].Wall.TotalMilliseconds:0} ms");
        }

        var gc = GcActivity.Total().Since(gcAtStart);
        var check = await ClerkDesks.VerifyAsync(app, BenchApp.Hall, Line, FirstCounter, answered, ct);
        return new Result(clerks, results, Latency.Of(contended), Latency.Of(alone), check, gc, warmUp, jitted);

        async Task RoundAsync(bool timed)
        {
            await ClerkDesks.IssueAsync(issue, BenchApp.Hall, Line, lone, clerks + AloneCallsPerRound, ct);
            var compiled = JitSettled.Compiled;
            var (calls, wall) = await ClerkDesks.PressAtOnceAsync(presses);
            var numbers = calls.Select(c => c.Number).OfType<string>().ToList();
            answered.AddRange(numbers);
            if (timed)
            {
                jitted += JitSettled.Compiled - compiled;
                contended.AddRange(calls.Select(c => c.Ms));
                var (first, last) = ClerkDesks.Span(numbers);
                results.Add(new Round(clerks, numbers.Count, numbers.Distinct().Count(), first, last, wall));
            }

            // Untimed: every clerk finishes, so that each can call again next round.
            await Task.WhenAll(desks.Select(clerk => finish.HandleAsync(clerk, ct)));
            await CallAloneAsync(callNext, finish, lone, AloneCallsPerRound, timed ? alone : [], answered, ct);
        }
    }

    private static async Task CallAloneAsync(
        CallNextTicket callNext, FinishService finish, Actor clerk, int count, List<double> timings, List<string> answered, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var number = await callNext.HandleAsync(clerk, ct);
            timings.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
            answered.Add(number ?? throw new InvalidOperationException($"Counter {FirstCounter} found nobody waiting."));
            await finish.HandleAsync(clerk, ct);
        }
    }
}
