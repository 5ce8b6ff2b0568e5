using System.Diagnostics;
using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Benchmarks;

/// <summary>
/// A city: many halls of their own (created here through 新建大厅, each with line A and ten counters), each with clerks at
/// every counter and boards on both nodes; two app nodes over one PostgreSQL database with the Redis backplane. A hall's
/// clerks work on one node (hall i on node i mod 2, as sticky sessions place their circuits). Each round every clerk of
/// every hall presses 叫号 at one instant; the baseline round, taking turns with it, is the first hall's clerks alone on
/// the same two nodes. Runs when given <c>--postgres</c> and <c>--redis</c>.
/// </summary>
public static class CityBench
{
    public const string Title = "A city: many halls on two nodes (PostgreSQL + Redis backplane)";

    public const string Line = "A";

    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(30);

    /// <summary>What the rounds of one kind (the city, or one hall alone) measured.</summary>
    /// <param name="Press">CPU from the release to the last delivery: the calls alone.</param>
    /// <param name="Round">CPU of whole rounds: issue, call, finish and every delivery of each ticket.</param>
    public sealed record Side(int Calls, TimeSpan Wall, Latency Call, Latency ToBoards, int Missing, Cpu Press, Cpu Round)
    {
        public double CallsPerSecond => Calls / Wall.TotalSeconds;

        /// <summary>Milliseconds of <paramref name="spent"/> per call (per ticket served, for a whole round's CPU).</summary>
        public double PerCall(TimeSpan spent) => spent.TotalMilliseconds / Calls;
    }

    public sealed record HallFigures(string Hall, int Node, Latency Call);

    public sealed record Result(
        int Halls, int ClerksPerHall, int BoardsPerHall, int Rounds, Side City, Side Alone, Report.Memory Boards,
        IReadOnlyList<HallFigures> PerHall, ClerkDesks.Verification Check, int NumberingFaults, GcActivity Gc, (long Commits, long Writes) Queue)
    {
        /// <summary>Queue writes per commit of the halls' writers (group commit) over the timed rounds, both nodes.</summary>
        public double WritesPerCommit => Queue.Commits == 0 ? double.NaN : (double)Queue.Writes / Queue.Commits;
    }

    public static async Task<string> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (options.Postgres is not { } postgres || options.Redis is not { } redis)
        {
            return CityReport.Skipped();
        }

        using var store = new BenchStore(postgres, redis);
        using var nodeA = new BenchApp(store);
        nodeA.StartServer();
        using var nodeB = new BenchApp(store);
        nodeB.StartServer();
        BenchApp[] nodes = [nodeA, nodeB];

        var halls = await CreateHallsAsync(nodes, BenchOptions.CityHalls, BenchOptions.CityClerks, ct);
        Program.Progress($"city: {halls.Count} halls × {BenchOptions.CityClerks} clerks open");
        try
        {
            var before = ProcessMemory.Now();
            foreach (var hall in halls)
            {
                hall.Boards = await BoardFleet.ConnectSplitAsync([nodeA.BaseAddress, nodeB.BaseAddress], hall.Code, options.CityBoards, ct);
            }

            var after = ProcessMemory.Now();
            var memory = new Report.Memory(before.WorkingSet, after.WorkingSet, before.Heap, after.Heap, halls.Count * options.CityBoards);
            Program.Progress($"city: {options.CityBoards} boards per hall, half on each node");

            // Warm-up on both kinds, untimed; its calls count in the checks.
            var city = new Tally(store.Name);
            var alone = new Tally(store.Name);
            await RoundAsync(halls, new Tally(store.Name), perHall: false, ct);
            await RoundAsync(halls[..1], new Tally(store.Name), perHall: false, ct);

            var gcAtStart = GcActivity.Total();
            var queueAtStart = QueueTotals(nodes);
            for (var round = 0; round < options.CityRounds; round++)
            {
                var wall = await RoundAsync(halls, city, perHall: true, ct);
                await RoundAsync(halls[..1], alone, perHall: false, ct);
                Program.Progress($"city: round {round + 1}, {halls.Count * BenchOptions.CityClerks} calls in {wall.TotalMilliseconds:0} ms");
            }

            var gc = GcActivity.Total().Since(gcAtStart);
            var queue = QueueTotals(nodes);
            var check = new ClerkDesks.Verification(0, 0, 0, 0, 0);
            foreach (var hall in halls)
            {
                check = check.Plus(await ClerkDesks.VerifyAsync(nodeA, hall.Code, Line, 1, hall.Answered, ct));
            }

            return CityReport.Print(new Result(
                halls.Count, BenchOptions.CityClerks, options.CityBoards, options.CityRounds, city.ToSide(), alone.ToSide(), memory,
                halls.Select(h => new HallFigures(h.Code, h.NodeIndex, Latency.Of(h.CityCalls))).ToList(),
                check, halls.Sum(h => NumberingFaults(h.Issued)), gc, (queue.Commits - queueAtStart.Commits, queue.Writes - queueAtStart.Writes)));
        }
        finally
        {
            foreach (var hall in halls)
            {
                if (hall.Boards is { } boards)
                {
                    await boards.DisposeAsync();
                }
            }
        }
    }

    private static (long Commits, long Writes) QueueTotals(BenchApp[] nodes) =>
        (nodes.Sum(n => n.Get<HallWriter>().Totals.Commits), nodes.Sum(n => n.Get<HallWriter>().Totals.Writes));

    /// <summary>
    /// Numbers of one hall's line that are not 1, 2, 3 … in the order issued (a repeat, a gap, a step back):
    /// 0 when the numbering is intact.
    /// </summary>
    public static int NumberingFaults(IReadOnlyList<string> issued)
    {
        var faults = 0;
        for (var i = 0; i < issued.Count; i++)
        {
            var digits = new string(issued[i].SkipWhile(char.IsLetter).ToArray());
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != i + 1)
            {
                faults++;
            }
        }

        return faults;
    }

    /// <summary>
    /// One round: each hall issues a ticket per clerk (untimed, halls in parallel), its boards expect them, every clerk
    /// presses at one instant, every delivery is awaited, every clerk finishes (untimed). With <paramref name="perHall"/>
    /// each hall keeps its clerks' timings (the city rounds).
    /// </summary>
    private static async Task<TimeSpan> RoundAsync(IReadOnlyList<CityHall> halls, Tally tally, bool perHall, CancellationToken ct)
    {
        var round = tally.CpuNow();
        var issued = await Task.WhenAll(halls.Select(h => h.IssueAsync(ct)));
        var deliveries = halls.Zip(issued).SelectMany(x => x.Second.Select(n => x.First.Boards!.Expect(n))).ToList();
        var presses = halls.SelectMany(h => h.Clerks.Select(clerk => (Func<Task<string?>>)(() => h.CallNext.HandleAsync(clerk, ct)))).ToList();

        var cpu = tally.CpuNow();
        var (answers, wall) = await ClerkDesks.PressAtOnceAsync(presses, start => deliveries.ForEach(d => d.Start = start));
        try
        {
            await Task.WhenAll(deliveries.Select(d => d.All)).WaitAsync(DeliveryWait, ct);
        }
        catch (TimeoutException)
        {
            // Counted as missing deliveries in the report rather than failing the run.
        }

        var spent = tally.CpuNow().Since(cpu);
        var at = 0;
        foreach (var (hall, numbers) in halls.Zip(issued))
        {
            var mine = answers[at..(at + hall.Clerks.Count)];
            at += hall.Clerks.Count;
            hall.Record(mine, numbers, perHall);
        }

        tally.Add(answers, wall, deliveries, spent);
        await Task.WhenAll(halls.Select(h => h.FinishAllAsync(ct)));
        tally.AddRound(tally.CpuNow().Since(round));
        return wall;
    }

    private static async Task<List<CityHall>> CreateHallsAsync(BenchApp[] nodes, int count, int clerks, CancellationToken ct)
    {
        var admin = await nodes[0].ActorAsync("admin");
        var create = nodes[0].Get<CreateHall>();
        var halls = new List<CityHall>(count);
        for (var i = 0; i < count; i++)
        {
            var code = $"C{i + 1:00}";
            var counters = Enumerable.Range(1, clerks).Select(n => new CreateHall.CounterInput(n, "综合窗口", CounterKind.Comprehensive, Line)).ToList();
            await create.HandleAsync(
                new CreateHall.Command(
                    code, $"测试市第{i + 1}政务服务中心", $"测试{i + 1}", HallLevel.District, $"测试市第{i + 1}街1号", "",
                    OpenAroundTheClock: true, default, default, [new CreateHall.LineInput(Line, "综合业务", 10)], counters),
                admin, ct);
            halls.Add(new CityHall(code, i % nodes.Length, nodes[i % nodes.Length]));
        }

        // A few halls at a time: each opens its counters through the use case on its own node.
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(halls.Select(async hall =>
        {
            await gate.WaitAsync(ct);
            try
            {
                hall.Clerks = await ClerkDesks.OpenAsync(hall.Node, hall.Code, 1, clerks, hall.Code.ToLowerInvariant() + "c", null, ct);
            }
            finally
            {
                gate.Release();
            }
        }));
        return halls;
    }

    /// <summary>The rounds of one kind, added up.</summary>
    private sealed class Tally(string database)
    {
        private readonly List<double> _calls = [];
        private readonly List<Delivery> _deliveries = [];
        private TimeSpan _wall;
        private Cpu _press = Benchmarks.Cpu.None;
        private Cpu _round = Benchmarks.Cpu.None;

        public void Add(ClerkDesks.Press[] presses, TimeSpan wall, List<Delivery> deliveries, Cpu cpu)
        {
            _calls.AddRange(presses.Select(p => p.Ms));
            _wall += wall;
            _deliveries.AddRange(deliveries);
            _press = _press.Plus(cpu);
        }

        /// <summary>A whole round's CPU; the deliveries of its finishes still under way fall into the next round's.</summary>
        public void AddRound(Cpu cpu) => _round = _round.Plus(cpu);

        public Side ToSide() => new(
            _calls.Count, _wall, Latency.Of(_calls), Latency.Of(_deliveries.SelectMany(d => d.Milliseconds())),
            _deliveries.Sum(d => d.Missing), _press, _round);

        public Cpu CpuNow() => Benchmarks.Cpu.Now(database);
    }
}
