using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Kiosk;

/// <summary>
/// A citizen at a kiosk takes a green-channel ticket and prints it: the slip prints inside the kiosk's page (no tab or
/// window opens over it), the kiosk is back at its start, and the paper says the figures the screen showed.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed partial class KioskPrintTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task PrintSlip_OpensNoNewPage_ReturnsToStart_AndThePdfSaysWhatTheScreenSaid()
    {
        var evidence = new FailureEvidence(output, nameof(PrintSlip_OpensNoNewPage_ReturnsToStart_AndThePdfSaysWhatTheScreenSaid));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1080, 1920));
        var opened = new List<IPage>();
        kiosk.Context.Page += (_, page) => opened.Add(page);
        try
        {
            await kiosk.GotoAsync("/kiosk/AM");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await kiosk.GetByTestId("kiosk-line-B").ClickAsync();
            await kiosk.GetByTestId("green-channel").ClickAsync();
            await Expect(kiosk.GetByTestId("green-channel")).ToHaveAttributeAsync("aria-pressed", "true");
            await kiosk.GetByTestId("take-ticket").ClickAsync();
            var number = (await kiosk.GetByTestId("slip-number").InnerTextAsync()).Trim();
            var onScreen = Figures().Match(await kiosk.GetByTestId("slip-ahead").InnerTextAsync());
            Assert.True(onScreen.Success);

            var slipUrl = $"/api/v1/halls/AM/tickets/{number}/slip";
            var loaded = kiosk.WaitForResponseAsync(r => r.Url.EndsWith(slipUrl, StringComparison.Ordinal));
            await kiosk.GetByTestId("kiosk-print").ClickAsync();
            var response = await loaded;

            // Printed from a hidden frame of this page; the kiosk is ready for the next citizen.
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            await Expect(kiosk.GetByTestId("kiosk-line-B")).ToBeVisibleAsync();
            await Expect(kiosk.GetByTestId("kiosk-slip")).ToHaveCountAsync(0);
            var frame = kiosk.Locator("iframe[data-testid=kiosk-print-frame]");
            await Expect(frame).ToHaveAttributeAsync("src", slipUrl);
            await Expect(frame).Not.ToBeVisibleAsync();
            Assert.Empty(opened);
            Assert.Single(kiosk.Context.Pages);

            // The paper says what the screen said.
            var pdf = await (await kiosk.APIRequest.GetAsync(slipUrl)).BodyAsync();
            using var document = PdfDocument.Open(pdf);
            var text = Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s", "");
            var onPaper = Figures().Match(text);
            Assert.True(onPaper.Success, text);
            Assert.Equal((onScreen.Groups["ahead"].Value, onScreen.Groups["minutes"].Value), (onPaper.Groups["ahead"].Value, onPaper.Groups["minutes"].Value));
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [GeneratedRegex(@"您前面还有\s*(?<ahead>\d+)\s*人，预计等候约\s*(?<minutes>\d+)\s*分钟")]
    private static partial Regex Figures();
}
