using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Benchmarks;

/// <summary>Kiosks and partner systems taking numbers over the public API as fast as the app answers.</summary>
public sealed class IssueThroughputBench(BenchApp app)
{
    public const string Line = "B";

    public sealed record Result(
        int Workers,
        TimeSpan Elapsed,
        int Created,
        IReadOnlyDictionary<HttpStatusCode, int> Refused,
        Latency Latency,
        Verification Check)
    {
        public double PerSecond => Created / Elapsed.TotalSeconds;

        public int NonCreated => Refused.Values.Sum();
    }

    /// <summary>What the database holds afterwards: every 201 one ticket, numbered 1..n without gaps or repeats.</summary>
    public sealed record Verification(int Tickets, int HighestSequence, int DistinctNumbers, int DistinctAnswered, int Answered)
    {
        public bool Ok => Tickets == Answered && HighestSequence == Answered && DistinctNumbers == Answered && DistinctAnswered == Answered;
    }

    public async Task<Result> RunAsync(int workers, int seconds, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var numbers = new ConcurrentBag<string>();
        var refused = new ConcurrentDictionary<HttpStatusCode, int>();

        // Warm-up: connections opened and code paths jitted; these tickets count in the check, not in the timing.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => PostAsync(http, numbers, refused, ct)));

        var latencies = new ConcurrentBag<double>();
        var created = 0;
        var stop = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < stop)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = await PostAsync(http, numbers, refused, ct);
                latencies.Add(Latency.Milliseconds(sent, Stopwatch.GetTimestamp()));
                if (ok)
                {
                    Interlocked.Increment(ref created);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(start);

        return new Result(workers, elapsed, created, refused, Latency.Of(latencies), await VerifyAsync(numbers, ct));
    }

    private static async Task<bool> PostAsync(HttpClient http, ConcurrentBag<string> numbers, ConcurrentDictionary<HttpStatusCode, int> refused, CancellationToken ct)
    {
        using var body = new StringContent("""{"line":"B"}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"/api/v1/halls/{BenchApp.Hall}/tickets", UriKind.Relative), body, ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            refused.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            return false;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        numbers.Add(json.RootElement.GetProperty("number").GetString()!);
        return true;
    }

    private async Task<Verification> VerifyAsync(ConcurrentBag<string> answered, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        var tickets = db.Tickets.Where(t => t.HallCode == BenchApp.Hall && t.IssuedLine == Line);
        return new Verification(
            await tickets.CountAsync(ct),
            await tickets.MaxAsync(t => (int?)t.Sequence, ct) ?? 0,
            await tickets.Select(t => t.Number).Distinct().CountAsync(ct),
            answered.Distinct().Count(),
            answered.Count);
    }
}
