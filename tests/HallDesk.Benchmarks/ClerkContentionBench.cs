using System.Diagnostics;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Benchmarks;

/// <summary>
/// Many clerks press 叫号 at the same instant (a barrier), each at an open counter of their own serving
/// line A, for several rounds; against one clerk calling alone between the rounds, in the same app.
/// Afterwards the database must show every call once: no ticket called twice, every clerk a ticket of their own.
/// </summary>
public static class ClerkContentionBench
{
    /// <summary>The demo hall has counters 1–9; the benchmark's clerks sit at 10 and up.</summary>
    public const int FirstCounter = 10;

    public const string Line = "A";

    /// <summary>Calls of the lone clerk after each round: the baseline.</summary>
    public const int AloneCallsPerRound = 10;

    public sealed record Round(int Clerks, int Answered, int Distinct, string? First, string? Last, TimeSpan Wall);

    /// <summary>What the database holds afterwards: one audit line per call, one counter per ticket.</summary>
    public sealed record Verification(int Answered, int DistinctAnswered, int CalledInDatabase, int AuditedCalls, int NumbersAuditedTwice)
    {
        public bool Ok => DistinctAnswered == Answered && CalledInDatabase == Answered && AuditedCalls == Answered && NumbersAuditedTwice == 0;
    }

    public sealed record Result(int Clerks, IReadOnlyList<Round> Rounds, Latency Contended, Latency Alone, Verification Check, GcActivity Gc)
    {
        /// <summary>Calls completed per second while all clerks pressed at once: the writer's throughput.</summary>
        public double CallsPerSecond => Rounds.Sum(r => r.Answered) / Rounds.Sum(r => r.Wall.TotalSeconds);
    }

    public static async Task<Result> RunAsync(int clerks, int rounds, CancellationToken ct)
    {
        using var app = new BenchApp();
        app.StartServer();
        var desks = await OpenCountersAsync(app, clerks, ct);
        Program.Progress($"clerks: {clerks} counters open");

        var issue = app.Get<IssueTicket>();
        var callNext = app.Get<CallNextTicket>();
        var finish = app.Get<FinishService>();
        var lone = desks[0];
        var contended = new List<double>();
        var alone = new List<double>();
        var answered = new List<string>();
        var results = new List<Round>();

        // Warm-up: JIT and the connection pool, untimed; these calls count in the check.
        await IssueAsync(issue, lone, AloneCallsPerRound, ct);
        await CallAloneAsync(callNext, finish, lone, AloneCallsPerRound, [], answered, ct);

        var gcAtStart = GcActivity.Total();
        for (var round = 0; round < rounds; round++)
        {
            await IssueAsync(issue, lone, clerks + AloneCallsPerRound, ct);

            var go = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var presses = desks.Select(async clerk =>
            {
                var pressedAt = await go.Task;
                var number = await callNext.HandleAsync(clerk, ct);
                return (Number: number, Ms: Latency.Milliseconds(pressedAt, Stopwatch.GetTimestamp()));
            }).ToArray();
            var start = Stopwatch.GetTimestamp();
            go.SetResult(start);
            var calls = await Task.WhenAll(presses);
            var wall = Stopwatch.GetElapsedTime(start);

            contended.AddRange(calls.Select(c => c.Ms));
            var numbers = calls.Select(c => c.Number).OfType<string>().ToList();
            answered.AddRange(numbers);
            // A999 comes before A1000.
            var sorted = numbers.OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
            results.Add(new Round(clerks, numbers.Count, numbers.Distinct().Count(), sorted.FirstOrDefault(), sorted.LastOrDefault(), wall));

            // Untimed: every clerk finishes, so that each can call again next round.
            await Task.WhenAll(desks.Select(clerk => finish.HandleAsync(clerk, ct)));
            await CallAloneAsync(callNext, finish, lone, AloneCallsPerRound, alone, answered, ct);
            Program.Progress($"clerks: round {round + 1}, {numbers.Count} calls in {wall.TotalMilliseconds:0} ms");
        }

        var gc = GcActivity.Total().Since(gcAtStart);
        return new Result(clerks, results, Latency.Of(contended), Latency.Of(alone), await VerifyAsync(app, answered, ct), gc);
    }

    /// <summary>
    /// Clerk accounts without a password or role (the use cases take the actor as the console passes it;
    /// signing in is not what is measured), a counter each serving line A only, opened through the use case.
    /// </summary>
    private static async Task<List<Actor>> OpenCountersAsync(BenchApp app, int clerks, CancellationToken ct)
    {
        await using (var db = await app.DbAsync())
        {
            for (var i = 0; i < clerks; i++)
            {
                db.Counters.Add(new Counter(BenchApp.Hall, FirstCounter + i, "综合窗口", CounterKind.Comprehensive, [Line]));
            }

            await db.SaveChangesAsync(ct);
        }

        var desks = new List<Actor>(clerks);
        var open = app.Get<OpenCounter>();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        for (var i = 0; i < clerks; i++)
        {
            var user = new StaffUser
            {
                UserName = $"bench{FirstCounter + i:000}",
                DisplayName = $"测试{FirstCounter + i}",
                StaffNumber = $"B{FirstCounter + i:0000}",
                HallCode = BenchApp.Hall,
                EmailConfirmed = true,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            var actor = new Actor(user.Id, user.UserName, "127.0.0.1");
            await open.HandleAsync(actor, BenchApp.Hall, FirstCounter + i, ct);
            desks.Add(actor);
        }

        return desks;
    }

    private static async Task IssueAsync(IssueTicket issue, Actor actor, int count, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            await issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, Line, null, false), actor, ct);
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

    private static async Task<Verification> VerifyAsync(BenchApp app, List<string> answered, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        var called = await db.Tickets.CountAsync(
            t => t.HallCode == BenchApp.Hall && t.LineCode == Line && t.CounterNumber >= FirstCounter && t.CallCount > 0, ct);
        var audited = await db.AuditEntries
            .Where(a => a.Action == "ticket.call" && a.Subject.StartsWith(BenchApp.Hall + "/" + Line))
            .GroupBy(a => a.Subject)
            .Select(g => g.Count())
            .ToListAsync(ct);
        return new Verification(answered.Count, answered.Distinct().Count(), called, audited.Sum(), audited.Count(n => n > 1));
    }
}
