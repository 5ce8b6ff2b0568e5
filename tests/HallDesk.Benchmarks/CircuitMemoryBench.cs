using System.Diagnostics;
using Microsoft.Playwright;

namespace HallDesk.Benchmarks;

/// <summary>
/// Server memory per interactive Blazor circuit: headless Chromium pages of the kiosk (/kiosk/AM, an
/// interactive circuit without sign-in) opened in steps, the app's process measured after full
/// collections at each step; against board pages (/board/AM: static HTML and one SignalR connection)
/// opened and measured the same way. The app runs in this process and Chromium in its own, so the
/// figures are the server's; about:blank pages opened the same way show what Playwright's own objects add.
/// </summary>
public static class CircuitMemoryBench
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public sealed record Step(int Pages, ProcessMemory Before, ProcessMemory After)
    {
        public double HeapPerPageKb => (After.Heap - Before.Heap) / 1024.0 / Pages;

        public double WorkingSetPerPageKb => (After.WorkingSet - Before.WorkingSet) / 1024.0 / Pages;
    }

    /// <param name="BoardOpen">Each board page's time from navigation to ready.</param>
    /// <param name="KioskOpen">Each kiosk page's time from navigation to interactive.</param>
    /// <param name="Blank">about:blank pages measured the same way: what Playwright and Chromium's contexts cost this process.</param>
    public sealed record Result(IReadOnlyList<Step> Boards, IReadOnlyList<Step> Kiosks, IReadOnlyList<Step> Blank, Latency BoardOpen, Latency KioskOpen);

    private sealed record PageKind(string Path, string Ready);

    private static readonly PageKind Blank = new("about:blank", "body");

    private static readonly PageKind Board = new($"/board/{BenchApp.Hall}", "[data-screen=board][data-live=true]");

    /// <summary>data-interactive is set in OnAfterRender(firstRender): the circuit is up and has rendered.</summary>
    private static readonly PageKind Kiosk = new($"/kiosk/{BenchApp.Hall}", "[data-interactive=true]");

    public static async Task<Result> RunAsync(IReadOnlyList<int> steps, CancellationToken ct)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium).");
        }

        using var app = new BenchApp();
        app.StartServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // A few renderer processes for all pages: the pages' own memory is Chromium's, not the server's,
            // and two cores cannot run fifty renderers beside the app.
            Args = ["--no-sandbox", "--disable-gpu", "--renderer-process-limit=4", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });

        // Warm-up: JIT of both pages' server paths, static files cached by Kestrel; then closed.
        foreach (var kind in new[] { Board, Kiosk })
        {
            await using var warm = await OpenAsync(browser, app, kind);
        }

        var blank = await MeasureAsync(browser, app, Blank, steps, [], ct);
        var boardOpen = new List<double>();
        var boards = await MeasureAsync(browser, app, Board, steps, boardOpen, ct);
        Program.Progress($"circuits: board pages measured up to {steps[^1]}");
        var kioskOpen = new List<double>();
        var kiosks = await MeasureAsync(browser, app, Kiosk, steps, kioskOpen, ct);
        Program.Progress($"circuits: kiosk pages measured up to {steps[^1]}");
        return new Result(boards, kiosks, blank, Latency.Of(boardOpen), Latency.Of(kioskOpen));
    }

    /// <summary>Opens pages one at a time up to each step, measuring after each; closes them all at the end.</summary>
    private static async Task<List<Step>> MeasureAsync(IBrowser browser, BenchApp app, PageKind kind, IReadOnlyList<int> steps, List<double> openMs, CancellationToken ct)
    {
        var open = new List<IBrowserContext>();
        var result = new List<Step>();
        try
        {
            var before = ProcessMemory.Now();
            foreach (var step in steps)
            {
                while (open.Count < step)
                {
                    ct.ThrowIfCancellationRequested();
                    var start = Stopwatch.GetTimestamp();
                    open.Add(await OpenAsync(browser, app, kind));
                    openMs.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
                }

                result.Add(new Step(step, before, ProcessMemory.Now()));
            }

            return result;
        }
        finally
        {
            foreach (var context in open)
            {
                await context.CloseAsync();
            }
        }
    }

    /// <summary>A page in a browser context of its own, as each screen is its own browser; ready when its marker is.</summary>
    private static async Task<IBrowserContext> OpenAsync(IBrowser browser, BenchApp app, PageKind kind)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(kind.Path);
        await page.Locator(kind.Ready).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return context;
    }
}
