using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Localization;

/// <summary>
/// Issue 12: "the English UI flips back to Chinese a moment after the first load, because no culture cookie is ever
/// written", and errors reached users in Chinese whatever the page's language.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed partial class EnglishPageTests(AppFixture app, ITestOutputHelper output)
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public async Task KioskOpenedInEnglish_StaysEnglishWhenInteractive_AndItsErrorIsEnglish()
    {
        var evidence = new FailureEvidence(output, nameof(KioskOpenedInEnglish_StaysEnglishWhenInteractive_AndItsErrorIsEnglish));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1280, 1024));
        try
        {
            await kiosk.GotoAsync("/kiosk/AM?culture=en-US");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await Expect(kiosk.GetByTestId("kiosk-checkin-tile")).ToContainTextAsync("Appointment check-in");

            // A rule broken in the domain (no such appointment) comes back in the page's language.
            await kiosk.GetByTestId("kiosk-checkin-tile").ClickAsync();
            await kiosk.GetByTestId("checkin-value").FillAsync("ZZZZ2345");
            await kiosk.GetByTestId("checkin-submit").ClickAsync();
            var error = kiosk.GetByTestId("kiosk-error");
            await Expect(error).ToBeVisibleAsync();
            var text = (await error.InnerTextAsync()).Trim();
            Assert.NotEmpty(text);
            Assert.False(Chinese().IsMatch(text), $"the error should be English, was: {text}");

            // Back at the start, still English: the circuit kept the culture the cookie carries.
            await kiosk.GetByTestId("kiosk-back").ClickAsync();
            await Expect(kiosk.GetByTestId("kiosk-checkin-tile")).ToContainTextAsync("Appointment check-in");
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }
}
