using System.Diagnostics;

namespace HallDesk.Benchmarks;

/// <summary>Starts the app, measures call delivery and ticket issue, prints a Markdown report.</summary>
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(options.Quick ? 2 : 8));
        var ct = timeout.Token;

        Console.WriteLine("# HallDesk benchmark");
        Console.WriteLine();
        Console.WriteLine(Report.Machine());
        Console.WriteLine();
        Console.WriteLine(Report.Parameters(options));
        Console.WriteLine();

        using var app = new BenchApp();
        app.StartServer();
        Progress($"app listening on {app.BaseAddress}");

        var clerk = await app.ActorAsync("clerk1");
        var (workingSetBefore, heapBefore) = MemoryNow();
        await using var boards = await BoardFleet.ConnectAsync(app.BaseAddress, BenchApp.Hall, options.Boards, ct);
        var (workingSetAfter, heapAfter) = MemoryNow();
        var memory = new Report.Memory(workingSetBefore, workingSetAfter, heapBefore, heapAfter, options.Boards);
        Progress($"{boards.Count} boards joined hall {BenchApp.Hall}");

        var calls = await new CallLatencyBench(app, boards, clerk).RunAsync(options.Calls, options.Rate, options.WarmupRounds, ct);
        Progress($"calls: {options.Calls} rounds of each kind");
        var issue = await new IssueThroughputBench(app).RunAsync(options.Workers, options.Seconds, ct);
        Progress($"ticket issue: {issue.Created} tickets");

        var receipts = await new ReceiptBench(app).RunAsync(options.Quick ? 30 : 200, ct);
        Progress($"receipts: {receipts.Receipt.Count} rendered");

        var month = await new ReportBench(app).RunAsync(options.Quick ? 500 : 3000, 30, options.Quick ? 3 : 10, ct);
        Progress($"report: a month of {month.Tickets} tickets");

        Console.WriteLine();
        Console.WriteLine(Report.Results(options, calls, issue, memory));
        Console.WriteLine();
        Console.WriteLine(Report.Receipts(receipts));
        Console.WriteLine();
        Console.WriteLine(Report.MonthReport(month));
        Console.WriteLine($"Total run time {Total.Elapsed.TotalSeconds:0} s.");
        return 0;
    }

    private static void Progress(string step) => Console.Error.WriteLine($"[{Total.Elapsed.TotalSeconds,5:0.0} s] {step}");

    private static (long WorkingSet, long Heap) MemoryNow()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: true));
    }
}
