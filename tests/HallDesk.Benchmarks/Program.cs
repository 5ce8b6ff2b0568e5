using System.Diagnostics;

namespace HallDesk.Benchmarks;

/// <summary>Runs the phases asked for (all by default), each against its baseline, and prints a Markdown report.</summary>
public static class Program
{
    private static readonly Stopwatch Total = new();

    public static async Task<int> Main(string[] args)
    {
        Total.Start();
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the
        // working directory; `dotnet run --project` leaves us where it was invoked, not in bin/.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        // Every phase is bounded by its sizes; this only stops a run that hangs.
        // The day-long phases add their own share.
        var guard = TimeSpan.FromMinutes(options.Quick ? 4 : 12)
            + TimeSpan.FromMinutes(options.Runs(Phase.BusyDay) ? (options.Quick ? 2 : 6) : 0)
            + TimeSpan.FromMinutes(options.Runs(Phase.WholeDay) ? (options.Quick ? 3 : 20) : 0);
        using var timeout = new CancellationTokenSource(guard);
        var ct = timeout.Token;

        Console.WriteLine("# HallDesk benchmark");
        Console.WriteLine();
        var machine = Report.Machine();
        Console.WriteLine(machine);
        Console.WriteLine();

        (string Phase, Func<Task> Run)[] phases =
        [
            ("calls, receipts, report", () => RunDemoHallPhasesAsync(options, ct)),
            (Phase.Screens, async () => Print(ScaleReport.Screens(await StaffScreensBench.RunAsync(options, ct)))),
            (Phase.BusyDay, async () => Print(BusyDayBench.Print(await BusyDayBench.RunAsync(options, ct)))),
            (Phase.WholeDay, async () => Print(WholeDayBench.Print(await WholeDayBench.RunAsync(options, ct)))),
            (Phase.ManyBoards, async () => Print(ScaleReport.ManyBoards(await ManyBoardsBench.RunAsync(options, ct)))),
            (Phase.Clerks, async () => Print(ScaleReport.Clerks(await ClerkContentionBench.RunAsync(options.Clerks, options.ClerkRounds, ct)))),
            (Phase.Storm, async () => Print(ScaleReport.Storm(await ReconnectStormBench.RunAsync(options.StormBoards, ct)))),
            (Phase.Circuits, async () => Print(ScaleReport.Circuits(await CircuitMemoryBench.RunAsync(options.Pages, ct)))),
            (Phase.Postgres, async () => Print(await ProviderComparisonBench.RunAsync(options, ct))),
            (Phase.TwoNodes, async () => Print(await TwoNodeCallBench.RunAsync(options, ct))),
            (Phase.JoinFlood, async () => Print(JoinFloodBench.Print(await JoinFloodBench.RunBothAsync(options, ct)))),
            (Phase.FirstLoad, async () => Print(FirstLoadBench.Print(await FirstLoadBench.RunAsync(ct)))),
            (Phase.Uploads, async () => Print(UploadThroughputBench.Print(await UploadThroughputBench.RunAsync(20, 4, ct)))),
        ];

        var status = 0;
        foreach (var (phase, run) in phases)
        {
            var asked = phase.StartsWith("calls", StringComparison.Ordinal)
                ? options.Runs(Phase.Calls) || options.Runs(Phase.Receipts) || options.Runs(Phase.Report)
                : options.Runs(phase);
            if (!asked)
            {
                continue;
            }

            try
            {
                await run();
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                // What was measured before stands; the phase that ran out of time is named, and the run fails.
                Print($"## Out of time\n\nThe phase '{phase}' ran out of the run's {guard.TotalMinutes:0} minutes after {Total.Elapsed.TotalSeconds:0} s; it and the phases after it have no figures.");
                Figures.Unfinish(phase);
                status = 3;
                break;
            }
        }

        if (options.Json is { } json)
        {
            await Figures.WriteAsync(json, machine);
            Progress($"figures written to {json}");
        }

        Console.WriteLine($"Total run time {Total.Elapsed.TotalSeconds:0} s.");
        return status;
    }

    /// <summary>Progress goes to standard error, so standard output is the report alone.</summary>
    public static void Progress(string step) => Console.Error.WriteLine($"[{Total.Elapsed.TotalSeconds,5:0.0} s] {step}");

    /// <summary>The first phases share one app over the demo hall, as they always have.</summary>
    private static async Task RunDemoHallPhasesAsync(BenchOptions options, CancellationToken ct)
    {
        using var app = new BenchApp();
        app.StartServer();
        Progress($"app listening on {app.BaseAddress}");

        if (options.Runs(Phase.Calls))
        {
            Print(Report.Parameters(options));
            var clerk = await app.ActorAsync("clerk1");
            var before = ProcessMemory.Now();
            await using var boards = await BoardFleet.ConnectAsync(app.BaseAddress, BenchApp.Hall, options.Boards, ct);
            var after = ProcessMemory.Now();
            var memory = new Report.Memory(before.WorkingSet, after.WorkingSet, before.Heap, after.Heap, options.Boards);
            Progress($"{boards.Count} boards joined hall {BenchApp.Hall}");

            var calls = await new CallLatencyBench(app, boards, clerk).RunAsync(options.Calls, options.Rate, options.WarmupRounds, ct);
            Progress($"calls: {options.Calls} rounds of each kind");
            var issue = await new IssueThroughputBench(app).RunAsync(options.Workers, options.Seconds, ct);
            Progress($"ticket issue: {issue.Created} tickets");
            Print(Report.Results(options, calls, issue, memory));
        }

        if (options.Runs(Phase.Receipts))
        {
            var receipts = await new ReceiptBench(app).RunAsync(options.Quick ? 30 : 200, ct);
            Progress($"receipts: {receipts.Receipt.Count} rendered");
            Print(Report.Receipts(receipts));
        }

        if (options.Runs(Phase.Report))
        {
            var month = await new ReportBench(app).RunAsync(options.Quick ? 500 : 3000, 30, options.Quick ? 3 : 10, ct);
            Progress($"report: a month of {month.Tickets} tickets");
            Print(Report.MonthReport(month));
        }
    }

    private static void Print(string section)
    {
        Console.WriteLine(section.TrimEnd());
        Console.WriteLine();
    }
}
