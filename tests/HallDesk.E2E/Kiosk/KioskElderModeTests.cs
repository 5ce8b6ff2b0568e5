using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Kiosk;

/// <summary>
/// 长者模式 on a 1080×1920 portrait kiosk, measured as the browser draws it: body text at least 36 px (twice the normal),
/// white on black, touch targets at least 120 px high, one choice per row, and the chosen line spoken. The screenshots
/// (normal and 长者模式) are written to the temp folder's halldesk-screens for a person to look at.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed class KioskElderModeTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly string Screens = Path.Combine(Path.GetTempPath(), "halldesk-screens");

    [Fact]
    public async Task ElderMode_DoublesTheType_HighContrast_LargeTargets_AndSpeaks()
    {
        var evidence = new FailureEvidence(output, nameof(ElderMode_DoublesTheType_HighContrast_LargeTargets_AndSpeaks));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1080, 1920));
        Directory.CreateDirectory(Screens);
        try
        {
            await kiosk.GotoAsync("/kiosk/AM");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            var figures = kiosk.GetByTestId("kiosk-line-figures-A");
            await Expect(figures).ToBeVisibleAsync();
            Assert.True(await FontSizeAsync(figures) < 36, "the normal kiosk keeps its normal type");
            await kiosk.ScreenshotAsync(new() { Path = Path.Combine(Screens, "kiosk-normal.png") });

            await kiosk.GetByTestId("elder-mode").ClickAsync();
            await Expect(kiosk.GetByTestId("kiosk")).ToHaveAttributeAsync("data-elder", "true");

            Assert.True(await FontSizeAsync(figures) >= 36, "body text at least 36 px");
            Assert.True(await FontSizeAsync(kiosk.GetByTestId("kiosk-line-A").Locator(".mud-typography-h3")) >= 2 * 48, "line names twice their normal size");
            Assert.Equal("rgb(0, 0, 0)", await kiosk.GetByTestId("kiosk").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
            Assert.Equal("rgb(255, 255, 255)", await figures.EvaluateAsync<string>("e => getComputedStyle(e).color"));
            Assert.True((await kiosk.GetByTestId("elder-mode").BoundingBoxAsync())!.Height >= 120, "the switch itself is a large target");
            var tileA = (await kiosk.GetByTestId("kiosk-line-A").BoundingBoxAsync())!;
            var tileB = (await kiosk.GetByTestId("kiosk-line-B").BoundingBoxAsync())!;
            Assert.True(tileA.Height >= 240 && tileA.Width >= 900, "one large choice per row");
            Assert.True(tileB.Y > tileA.Y + tileA.Height - 1, "the next choice is below, not beside");
            await kiosk.ScreenshotAsync(new() { Path = Path.Combine(Screens, "kiosk-elder.png") });

            await kiosk.GetByTestId("kiosk-line-A").ClickAsync();
            var green = kiosk.GetByTestId("green-channel");
            await Expect(green).ToContainTextAsync("老年人、残疾人、孕妇、军人");
            Assert.True((await green.BoundingBoxAsync())!.Height >= 120, "the green channel is a large choice");
            Assert.True(await FontSizeAsync(green.Locator("small")) >= 36);
            Assert.True((await kiosk.GetByTestId("take-ticket").BoundingBoxAsync())!.Height >= 120);
            await Expect(kiosk.GetByTestId("pad-1")).ToHaveCountAsync(0);
            var spoken = await kiosk.EvaluateAsync<string[]>("() => window.hallDeskKiosk.spoken");
            Assert.Contains(spoken, s => s.Contains("综合受理", StringComparison.Ordinal));
            await kiosk.ScreenshotAsync(new() { Path = Path.Combine(Screens, "kiosk-elder-confirm.png") });
            await kiosk.GetByTestId("kiosk-back").ClickAsync();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static async Task<double> FontSizeAsync(ILocator element) =>
        await element.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
}
