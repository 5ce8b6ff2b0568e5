using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Benchmarks;

/// <summary>
/// Clerks at open counters of their own, pressing 叫号 at one instant, and the check of what the database holds
/// afterwards: shared by the clerks phases (one hall) and the city (many halls on two nodes).
/// </summary>
public static class ClerkDesks
{
    /// <summary>One clerk's press: the number called (null when nobody waited) and the time from the release to the answer.</summary>
    public sealed record Press(string? Number, double Ms);

    /// <summary>What the database holds afterwards: one audit line per call, one counter per ticket.</summary>
    public sealed record Verification(int Answered, int DistinctAnswered, int CalledInDatabase, int AuditedCalls, int NumbersAuditedTwice)
    {
        public bool Ok => DistinctAnswered == Answered && CalledInDatabase == Answered && AuditedCalls == Answered && NumbersAuditedTwice == 0;

        public Verification Plus(Verification other) => new(
            Answered + other.Answered, DistinctAnswered + other.DistinctAnswered, CalledInDatabase + other.CalledInDatabase,
            AuditedCalls + other.AuditedCalls, NumbersAuditedTwice + other.NumbersAuditedTwice);
    }

    /// <summary>
    /// Clerk accounts of <paramref name="hall"/> without a password or role (the use cases take the actor as the console
    /// passes it; signing in is not what is measured), each opening counter <paramref name="firstCounter"/> + i through
    /// the use case. With <paramref name="lines"/> the counters are added first (serving those lines); without, they exist.
    /// </summary>
    public static async Task<List<Actor>> OpenAsync(
        BenchApp app, string hall, int firstCounter, int clerks, string userPrefix, string[]? lines, CancellationToken ct)
    {
        if (lines is not null)
        {
            await using var db = await app.DbAsync();
            for (var i = 0; i < clerks; i++)
            {
                db.Counters.Add(new Counter(hall, firstCounter + i, "综合窗口", CounterKind.Comprehensive, lines));
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
                UserName = $"{userPrefix}{firstCounter + i:000}",
                DisplayName = $"测试{firstCounter + i}",
                StaffNumber = $"{char.ToUpperInvariant(userPrefix[0])}{firstCounter + i:0000}",
                HallCode = hall,
                EmailConfirmed = true,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            var actor = new Actor(user.Id, user.UserName, "127.0.0.1");
            await open.HandleAsync(actor, hall, firstCounter + i, ct);
            desks.Add(actor);
        }

        return desks;
    }

    /// <summary>Tickets taken one after another (untimed), as a kiosk would; returns their numbers.</summary>
    public static async Task<List<string>> IssueAsync(IssueTicket issue, string hall, string line, Actor actor, int count, CancellationToken ct)
    {
        var numbers = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            numbers.Add((await issue.HandleAsync(new IssueTicket.Command(hall, line, null, false), actor, ct)).Number);
        }

        return numbers;
    }

    /// <summary>
    /// Every press waits on one barrier; <paramref name="released"/> hears the instant it opens (before any press runs),
    /// so deliveries can be timed from it. The presses come back in the order given.
    /// </summary>
    public static async Task<(Press[] Presses, TimeSpan Wall)> PressAtOnceAsync(
        IReadOnlyList<Func<Task<string?>>> presses, Action<long>? released = null)
    {
        var go = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = presses.Select(async press =>
        {
            var pressedAt = await go.Task;
            var number = await press();
            return new Press(number, Latency.Milliseconds(pressedAt, Stopwatch.GetTimestamp()));
        }).ToArray();
        var start = Stopwatch.GetTimestamp();
        released?.Invoke(start);
        go.SetResult(start);
        var answers = await Task.WhenAll(running);
        return (answers, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>First and last of the numbers called, in numbering order (A999 before A1000).</summary>
    public static (string? First, string? Last) Span(IEnumerable<string> numbers)
    {
        var sorted = numbers.OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
        return (sorted.FirstOrDefault(), sorted.LastOrDefault());
    }

    /// <summary>The calls of one hall's line at counters from <paramref name="firstCounter"/> on, as the database holds them.</summary>
    public static async Task<Verification> VerifyAsync(
        BenchApp app, string hall, string line, int firstCounter, IReadOnlyCollection<string> answered, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        var called = await db.Tickets.CountAsync(
            t => t.HallCode == hall && t.LineCode == line && t.CounterNumber >= firstCounter && t.CallCount > 0, ct);
        var audited = await db.AuditEntries
            .Where(a => a.Action == "ticket.call" && a.Subject.StartsWith(hall + "/" + line))
            .GroupBy(a => a.Subject)
            .Select(g => g.Count())
            .ToListAsync(ct);
        return new Verification(answered.Count, answered.Distinct().Count(), called, audited.Sum(), audited.Count(n => n > 1));
    }
}
