using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HallDesk.E2E;

/// <summary>
/// What a failed browser test leaves behind: a full-page screenshot of each page it opened and the
/// browser-side errors (page errors, console errors, HTTP 4xx/5xx) seen on the way.
/// </summary>
public sealed class FailureEvidence(ITestOutputHelper output, string testName)
{
    private readonly Dictionary<string, IPage> _pages = [];
    private readonly List<string> _errors = [];

    /// <summary>Records the page's errors from now on and screenshots it if the test fails.</summary>
    public IPage Watch(string name, IPage page)
    {
        _pages[name] = page;
        page.PageError += (_, error) => _errors.Add($"[{name}] page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _errors.Add($"[{name}] HTTP {response.Status} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"[{name}] console: {message.Text}");
            }
        };
        return page;
    }

    public async Task WriteAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "playwright-failures", testName);
        Directory.CreateDirectory(folder);
        foreach (var (name, page) in _pages)
        {
            var path = Path.Combine(folder, name + ".png");
            try
            {
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                output.WriteLine($"Screenshot of the {name} page ({page.Url}): {path}");
            }
            catch (PlaywrightException ex)
            {
                output.WriteLine($"No screenshot of the {name} page: {ex.Message}");
            }
        }

        foreach (var error in _errors)
        {
            output.WriteLine(error);
        }
    }
}
