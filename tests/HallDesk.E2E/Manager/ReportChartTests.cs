using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Manager;

/// <summary>The report's chart in a real browser: full width, dates legible, and the table of the same numbers on a toggle.</summary>
[Collection(ChromiumApp.Name)]
public sealed class ReportChartTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly string Screens = Path.Combine(Path.GetTempPath(), "halldesk-screens");

    [Fact]
    public async Task ReportChart_FillsThePageWidth_AndTogglesToATable()
    {
        Directory.CreateDirectory(Screens);
        var evidence = new FailureEvidence(output, nameof(ReportChart_FillsThePageWidth_AndTogglesToATable));
        var manager = evidence.Watch("reports", await app.NewPageAsync(1440, 1200));
        try
        {
            await StaffBrowser.SignInAsync(manager, "/manager/reports", "manager");
            var chart = manager.GetByTestId("report-chart");
            await Expect(chart.Locator(".mud-chart").First).ToBeVisibleAsync();
            var box = (await chart.BoundingBoxAsync())!;
            Assert.True(box.Width >= 1440 * 0.8, $"the chart is {box.Width}px wide on a 1440px page");
            await chart.ScrollIntoViewIfNeededAsync();
            await manager.ScreenshotAsync(new() { Path = Path.Combine(Screens, "report-chart.png"), FullPage = true });

            await manager.GetByTestId("report-chart-toggle").ClickAsync();

            await Expect(manager.GetByTestId("report-chart-table")).ToBeVisibleAsync();
            await manager.ScreenshotAsync(new() { Path = Path.Combine(Screens, "report-chart-table.png"), FullPage = true });
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }
}
