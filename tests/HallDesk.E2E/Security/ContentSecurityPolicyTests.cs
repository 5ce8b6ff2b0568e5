using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Security;

/// <summary>
/// Issue 13, "Headers": the pages now carry a content security policy. In Chromium they must still work: the circuit
/// connects (scripts, import map, WebSocket), MudBlazor draws, the board's SignalR client goes live, and the browser
/// reports no violation of the policy on any of them.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed class ContentSecurityPolicyTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task PublicAndStaffPages_WorkUnderThePolicy_WithNoViolation()
    {
        var evidence = new FailureEvidence(output, nameof(PublicAndStaffPages_WorkUnderThePolicy_WithNoViolation));
        var violations = new ConcurrentQueue<string>();
        var kiosk = Watch(evidence, violations, "kiosk", await app.NewPageAsync(1280, 1024));
        var board = Watch(evidence, violations, "board", await app.NewPageAsync(1920, 1080));
        var clerk = Watch(evidence, violations, "counter", await app.NewPageAsync(1440, 900));

        try
        {
            var response = await kiosk.GotoAsync("/kiosk/AM");
            Assert.Contains("script-src 'self' 'nonce-", (await response!.AllHeadersAsync())["content-security-policy"]);
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await kiosk.GetByTestId("kiosk-line-A").ClickAsync();
            await Expect(kiosk.GetByTestId("take-ticket")).ToBeVisibleAsync();

            await board.GotoAsync("/board/AM");
            await Expect(board.Locator("[data-screen=board][data-live=true]")).ToBeAttachedAsync();

            await StaffBrowser.SignInAsync(clerk, "/counter", "clerk2");
            await Expect(clerk.GetByTestId("open-counter-4")).ToBeVisibleAsync();
            await clerk.GotoAsync("/appointments");
            await clerk.GotoAsync("/progress");
            await Expect(clerk.Locator("h1, .mud-typography").First).ToBeVisibleAsync();

            Assert.True(violations.IsEmpty, string.Join("\n", violations));
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static IPage Watch(FailureEvidence evidence, ConcurrentQueue<string> violations, string name, IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{name}: {message.Text}");
            }
        };
        return evidence.Watch(name, page);
    }
}
