using System.Diagnostics;

namespace HallDesk.Benchmarks;

/// <summary>Runs the phases asked for (all by default), each against its baseline, and prints a Markdown report.</summary>
public static class Program
{
    private static readonly Stopwatch Total = new();

    public static async Task<int> Main(string[] args)
    {
        Total.Start();
        if (args is ["--table", .. var files] && files.Length > 0)
        {
            Console.Write(await GoalTable.FromFilesAsync(files));
            return 0;
        }

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

        // Every phase is bounded by its sizes; the guard only stops a phase that hangs or a machine too busy to finish it.
        using var guard = new PhaseGuard(options);

        Console.WriteLine("# HallDesk benchmark");
        Console.WriteLine();
        var machine = Report.Machine();
        Console.WriteLine(machine);
        Console.WriteLine();

        (string Phase, Func<Task> Run)[] phases =
        [
            (Phase.Calls, () => RunDemoHallPhasesAsync(options, guard)),
            (Phase.Screens, async () => Print(ScaleReport.Screens(await StaffScreensBench.RunAsync(options, guard.Start(Phase.Screens))))),
            (Phase.BusyDay, async () => Print(BusyDayBench.Print(await BusyDayBench.RunAsync(options, guard.Start(Phase.BusyDay))))),
            (Phase.WholeDay, async () => Print(WholeDayBench.Print(await WholeDayBench.RunAsync(options, guard.Start(Phase.WholeDay))))),
            (Phase.ManyBoards, async () => Print(ScaleReport.ManyBoards(await ManyBoardsBench.RunAsync(options, guard.Start(Phase.ManyBoards))))),
            (Phase.Clerks50, async () => Print(ScaleReport.Clerks(await ClerkContentionBench.RunAsync(BenchOptions.LargeHallClerks, options.LargeHallRounds, guard.Start(Phase.Clerks50))))),
            (Phase.Clerks, async () => Print(ScaleReport.Clerks(await ClerkContentionBench.RunAsync(options.Clerks, options.ClerkRounds, guard.Start(Phase.Clerks))))),
            (Phase.Storm, async () => Print(ScaleReport.Storm(await ReconnectStormBench.RunAsync(options.StormBoards, options.Published, guard.Start(Phase.Storm))))),
            (Phase.Circuits, async () => Print(ScaleReport.Circuits(await CircuitMemoryBench.RunAsync(options.Pages, guard.Start(Phase.Circuits))))),
            (Phase.Postgres, async () => Print(await ProviderComparisonBench.RunAsync(options, guard.Start(Phase.Postgres)))),
            (Phase.TwoNodes, async () => Print(await TwoNodeCallBench.RunAsync(options, guard.Start(Phase.TwoNodes)))),
            (Phase.City, async () => Print(await CityBench.RunAsync(options, guard.Start(Phase.City)))),
            (Phase.JoinFlood, async () => Print(JoinFloodBench.Print(await JoinFloodBench.RunBothAsync(options, guard.Start(Phase.JoinFlood))))),
            (Phase.FirstLoad, async () => Print(FirstLoadBench.Print(await FirstLoadBench.RunAsync(guard.Start(Phase.FirstLoad))))),
            (Phase.Uploads, async () => Print(UploadThroughputBench.Print(await UploadThroughputBench.RunAsync(20, 4, guard.Start(Phase.Uploads))))),
        ];
        Progress($"budget: {string.Join(", ", BenchOptions.Phases.Where(options.Runs).Select(p => $"{p} {guard.Budget(p).TotalMinutes:0.##} min"))}");

        var status = 0;
        foreach (var (phase, run) in phases)
        {
            // The demo hall's app serves calls, receipts and report in turn, each on its own budget.
            var asked = phase == Phase.Calls
                ? options.Runs(Phase.Calls) || options.Runs(Phase.Receipts) || options.Runs(Phase.Report)
                : options.Runs(phase);
            if (!asked)
            {
                continue;
            }

            var running = Task.Run(run);
            if (await Task.WhenAny(running, guard.Abandoned) != running)
            {
                // Cancelled and still not stopped: left behind, so the report and the figures still come out.
                OutOfTime(guard, options, $" and did not stop within {guard.Grace.TotalSeconds:0} s after; it was abandoned");
                status = 3;
                break;
            }

            try
            {
                await running;
                guard.Finish();
            }
            catch (Exception) when (guard.OutOfTime)
            {
                // What was measured before stands; the phase that ran out of time is named, and the run fails.
                OutOfTime(guard, options, "");
                status = 3;
                break;
            }
            catch (Exception ex)
            {
                // A phase that fails (a timeout of its own, a refused connection) is named with its error; the others still run.
                Print($"## Failed\n\nThe phase '{guard.Phase ?? phase}' failed after {Total.Elapsed.TotalSeconds:0} s: {ex.GetType().Name}: {ex.Message}");
                Progress($"{guard.Phase ?? phase} failed: {ex}");
                Figures.Unfinish(guard.Phase ?? phase);
                guard.Finish(ok: false);
                status = status == 0 ? 4 : status;
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

    /// <summary>Names the phase that ran out of time, and leaves every phase not finished out of the figures.</summary>
    private static void OutOfTime(PhaseGuard guard, BenchOptions options, string how)
    {
        var phase = guard.Phase ?? "?";
        Print($"## Out of time\n\nThe phase '{phase}' ran out of its {guard.Budget(phase).TotalMinutes:0.##} minutes{how}, after {Total.Elapsed.TotalSeconds:0} s of the run; it and the phases after it have no figures. The phases finished: {(guard.Finished.Count == 0 ? "none" : string.Join(", ", guard.Finished))}.");
        Progress($"out of time in phase {phase}");
        foreach (var unfinished in BenchOptions.Phases.Where(p => options.Runs(p) && !guard.Finished.Contains(p)))
        {
            Figures.Unfinish(unfinished);
        }
    }

    /// <summary>Progress goes to standard error, so standard output is the report alone.</summary>
    public static void Progress(string step) => Console.Error.WriteLine($"[{Total.Elapsed.TotalSeconds,5:0.0} s] {step}");

    /// <summary>The first phases share one app over the demo hall, as they always have.</summary>
    private static async Task RunDemoHallPhasesAsync(BenchOptions options, PhaseGuard guard)
    {
        var first = new[] { Phase.Calls, Phase.Receipts, Phase.Report }.First(options.Runs);
        var ct = guard.Start(first);
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
            ct = first == Phase.Receipts ? ct : guard.Start(Phase.Receipts);
            var receipts = await new ReceiptBench(app).RunAsync(options.Quick ? 30 : 200, ct);
            Progress($"receipts: {receipts.Receipt.Count} rendered");
            Print(Report.Receipts(receipts));
        }

        if (options.Runs(Phase.Report))
        {
            ct = first == Phase.Report ? ct : guard.Start(Phase.Report);
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
