using HallDesk.Data;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Benchmarks;

/// <summary>
/// How long a call takes to reach every board, through the use case and as bare hub broadcasts.
/// The kinds take turns in blocks, so a busy spell on the machine falls on all of them alike.
/// </summary>
public sealed class CallLatencyBench(BenchApp app, BoardFleet boards, Actor clerk)
{
    public const int BlockSize = 50;

    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(30);

    public sealed record Result(Latency ToBoards, Latency Step, int Missing, double AchievedRate, GcActivity Gc);

    public async Task<IReadOnlyDictionary<CallKind, Result>> RunAsync(int rounds, double rate, int warmup, CancellationToken ct)
    {
        await app.Get<OpenCounter>().HandleAsync(clerk, BenchApp.Hall, CallRounds.Counter, ct);
        var sample = await app.Get<QueueQueries>().SnapshotAsync(BenchApp.Hall, ct)
            ?? throw new InvalidOperationException($"Hall {BenchApp.Hall} is missing.");
        var calls = new CallRounds(app, boards, clerk, sample);
        var tallies = Enum.GetValues<CallKind>().ToDictionary(k => k, _ => new Tally());

        foreach (var kind in tallies.Keys)
        {
            await Pacer.RunAsync(warmup, rate, _ => calls.RunAsync(kind, ct), ct);
        }

        for (var done = 0; done < rounds; done += BlockSize)
        {
            var size = Math.Min(BlockSize, rounds - done);
            foreach (var (kind, tally) in tallies)
            {
                await tally.RunBlockAsync(size, rate, () => calls.RunAsync(kind, ct), ct);
            }
        }

        return tallies.ToDictionary(t => t.Key, t => t.Value.ToResult());
    }

    /// <summary>The rounds of one kind, added up over its blocks.</summary>
    private sealed class Tally
    {
        private readonly List<(Delivery Delivery, double StepMs)> _rounds = [];
        private TimeSpan _paced;
        private GcActivity _gc = GcActivity.None;

        public async Task RunBlockAsync(int size, double rate, Func<Task<(Delivery, double)>> round, CancellationToken ct)
        {
            var gcAtStart = GcActivity.Total();
            var block = new List<(Delivery Delivery, double StepMs)>(size);
            _paced += await Pacer.RunAsync(size, rate, async _ => block.Add(await round()), ct);
            try
            {
                // The next kind starts on quiet boards, not behind this block's backlog.
                await Task.WhenAll(block.Select(r => r.Delivery.All)).WaitAsync(DeliveryWait, ct);
            }
            catch (TimeoutException)
            {
                // Counted as missing deliveries in the report rather than failing the run.
            }

            _gc = _gc.Plus(GcActivity.Total().Since(gcAtStart));
            _rounds.AddRange(block);
        }

        public Result ToResult() => new(
            Latency.Of(_rounds.SelectMany(r => r.Delivery.Milliseconds())),
            Latency.Of(_rounds.Select(r => r.StepMs)),
            _rounds.Sum(r => r.Delivery.Missing),
            _rounds.Count / _paced.TotalSeconds,
            _gc);
    }
}
