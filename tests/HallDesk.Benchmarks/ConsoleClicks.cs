using Microsoft.Playwright;

namespace HallDesk.Benchmarks;

/// <summary>
/// A clerk's clicks in a real browser: Debian's Chromium signs in through the login page, opens the console, and
/// clicks 叫号, 开始办理 and 完成 in turn. Each click is timed inside the page, from the click to the moment the
/// console shows its result (a MutationObserver, not Playwright's polling, so the figure is not rounded to its
/// intervals): what a clerk waits for, across the circuit, the use case, the events and the render.
/// </summary>
public static class ConsoleClicks
{
    /// <summary>Waits for the button to be enabled, clicks it and resolves with the milliseconds until the watched text matches.</summary>
    private const string ClickScript = """
        ([button, watched, pattern]) => new Promise((resolve, reject) => {
          const text = () => document.querySelector(`[data-testid=${watched}]`)?.textContent?.trim() ?? '';
          const enabled = () => { const b = document.querySelector(`[data-testid=${button}]`); return b && !b.disabled ? b : null; };
          const matches = () => new RegExp(pattern).test(text());
          const until = (ready, then) => {
            if (ready()) { then(); return; }
            const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); clearTimeout(timer); then(); } });
            const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`${button}: ${watched} is "${text()}"`)); }, 15000);
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          };
          until(() => enabled() && !matches(), () => {
            const start = performance.now();
            enabled().click();
            until(matches, () => resolve(performance.now() - start));
          });
        })
        """;

    private static readonly (string Button, string Watched, string Pattern)[] Round =
    [
        ("call-next", "current-ticket", @"^[A-Z]\d{3,}$"),
        ("start-service", "ticket-status", "^办理中$"),
        ("finish-service", "current-ticket", "^—$"),
    ];

    /// <summary>
    /// Signs <paramref name="userName"/> in (whose counter is open), warms the page up until the JIT is done with it
    /// (<see cref="JitSettled"/>), then times <paramref name="rounds"/> rounds of three clicks.
    /// </summary>
    public static async Task<List<double>> MeasureAsync(BenchApp app, string userName, int rounds, CancellationToken ct)
    {
        if (!File.Exists(CircuitMemoryBench.ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {CircuitMemoryBench.ChromiumPath} (apt-get install -y chromium).");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = CircuitMemoryBench.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1440, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/counter");
        await page.GetByTestId("username").FillAsync(userName);
        await page.GetByTestId("password").FillAsync(BenchApp.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("call-next").WaitForAsync();

        async Task<double[]> RoundAsync()
        {
            ct.ThrowIfCancellationRequested();
            var ms = new double[Round.Length];
            for (var b = 0; b < Round.Length; b++)
            {
                var (button, watched, pattern) = Round[b];
                ms[b] = await page.EvaluateAsync<double>(ClickScript, new object[] { button, watched, pattern });
            }

            return ms;
        }

        // Untimed until the JIT is done with the page's server paths (the circuit's renders, the console's actions).
        _ = await JitSettled.WarmUpAsync(_ => RoundAsync(), batch: 3, most: 9);
        var clicks = new List<double>(rounds * Round.Length);
        for (var i = 0; i < rounds; i++)
        {
            clicks.AddRange(await RoundAsync());
        }

        return clicks;
    }
}
