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
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(options.Quick ? 4 : 12));
        var ct = timeout.Token;

        Console.WriteLine("# HallDesk benchmark");
        Console.WriteLine();
        Console.WriteLine(Report.Machine());
        Console.WriteLine();

        if (options.Runs(Phase.Calls) || options.Runs(Phase.Receipts) || options.Runs(Phase.Report))
        {
            await RunDemoHallPhasesAsync(options, ct);
        }

        if (options.Runs(Phase.Screens))
        {
            Print(ScaleReport.Screens(await StaffScreensBench.RunAsync(options, ct)));
        }

        if (options.Runs(Phase.BusyDay))
        {
            Print(BusyDayBench.Print(await BusyDayBench.RunAsync(options, ct)));
        }

        if (options.Runs(Phase.ManyBoards))
        {
            Print(ScaleReport.ManyBoards(await ManyBoardsBench.RunAsync(options, ct)));
        }

        if (options.Runs(Phase.Clerks))
        {
            Print(ScaleReport.Clerks(await ClerkContentionBench.RunAsync(options.Clerks, options.ClerkRounds, ct)));
        }

        if (options.Runs(Phase.Storm))
        {
            Print(ScaleReport.Storm(await ReconnectStormBench.RunAsync(options.StormBoards, ct)));
        }

        if (options.Runs(Phase.Circuits))
        {
            Print(ScaleReport.Circuits(await CircuitMemoryBench.RunAsync(options.Pages, ct)));
        }

        if (options.Runs(Phase.Postgres))
        {
            Print(await ProviderComparisonBench.RunAsync(options, ct));
        }

        if (options.Runs(Phase.TwoNodes))
        {
            Print(await TwoNodeCallBench.RunAsync(options, ct));
        }

        if (options.Runs(Phase.JoinFlood))
        {
            Print(JoinFloodBench.Print(await JoinFloodBench.RunBothAsync(options, ct)));
        }

        Console.WriteLine($"Total run time {Total.Elapsed.TotalSeconds:0} s.");
        return 0;
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
