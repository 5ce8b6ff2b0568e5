using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Accessibility;

/// <summary>
/// HallDesk without a mouse: Tab reaches every kiosk tile and every row of a staff list, Enter and Space act on them,
/// and whatever has the focus shows a ring of at least 3:1 against what is behind it (WCAG 2.1 2.1.1, 2.4.7, 1.4.11).
/// </summary>
[Collection(AccessibilityApp.Name)]
public sealed class KeyboardTests(HistoryAppFixture app, ITestOutputHelper output)
{
    /// <summary>More than any page here has stops before the ones a test looks for; a walk that needs more has lost its way.</summary>
    private const int MaxTabs = 80;

    /// <summary>The focused element's ring: outline width and its contrast with the nearest opaque background behind it.</summary>
    private const string FocusRing = """
        () => {
          const el = document.activeElement;
          const parse = (c) => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          let bg = { r: 255, g: 255, b: 255 };
          for (let e = el.parentElement; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c && c.a >= 1) { bg = c; break; }
          }
          const style = getComputedStyle(el);
          const ring = parse(style.outlineColor);
          const a = lum(ring), b = lum(bg);
          return { width: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
                   ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
        }
        """;

    [Fact]
    public async Task Kiosk_TabReachesEveryTile_WithAVisibleRing_AndEnterThenSpaceTakeATicket()
    {
        var evidence = new FailureEvidence(output, nameof(Kiosk_TabReachesEveryTile_WithAVisibleRing_AndEnterThenSpaceTakeATicket));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1280, 1024));
        try
        {
            await kiosk.GotoAsync("/kiosk/AM");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            var tiles = await kiosk.Locator("button.kiosk-tile").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid)");
            Assert.Equal(["kiosk-line-A", "kiosk-line-B", "kiosk-line-C", "kiosk-line-D", "kiosk-line-E", "kiosk-reprint-tile", "kiosk-guide-tile", "kiosk-case-tile", "kiosk-checkin-tile"], tiles);

            var reached = new List<string>();
            foreach (var tile in tiles)
            {
                await TabToAsync(kiosk, tile);
                reached.Add(tile);
                await AssertFocusRingAsync(kiosk, tile);
            }

            Assert.Equal(tiles, reached);

            // Enter on 综合受理 opens its confirmation; Space on 取号 takes the ticket.
            await TabToAsync(kiosk, "kiosk-line-A", backwards: true);
            await kiosk.Keyboard.PressAsync("Enter");
            await Expect(kiosk.GetByTestId("take-ticket")).ToBeVisibleAsync();
            await TabToAsync(kiosk, "take-ticket");
            await AssertFocusRingAsync(kiosk, "take-ticket");
            await kiosk.Keyboard.PressAsync(" ");
            await Expect(kiosk.GetByTestId("slip-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*A\d{3}\s*$"));
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task Guide_TabToTheSearch_TypeInitials_TabToAHit_EnterOpensIt()
    {
        var evidence = new FailureEvidence(output, nameof(Guide_TabToTheSearch_TypeInitials_TabToAHit_EnterOpensIt));
        var phone = evidence.Watch("guide", await app.NewPageAsync(412, 915));
        try
        {
            await phone.GotoAsync("/guide");
            await Expect(phone.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await TabToAsync(phone, "guide-q");
            await AssertFocusRingAsync(phone, "guide-q");
            await phone.Keyboard.TypeAsync("spjy");
            await Expect(phone.GetByTestId("guide-hit-23100400SJ-XK-0001")).ToBeVisibleAsync();
            await TabToAsync(phone, "guide-hit-23100400SJ-XK-0001");
            await AssertFocusRingAsync(phone, "guide-hit-23100400SJ-XK-0001");
            await phone.Keyboard.PressAsync("Enter");
            await Expect(phone.Locator("h1")).ToHaveTextAsync("食品经营许可");

            // Printed, the guide keeps the item and drops the search links and the print button (the print stylesheet).
            var screens = Path.Combine(Path.GetTempPath(), "halldesk-screens");
            Directory.CreateDirectory(screens);
            await phone.ScreenshotAsync(new() { Path = Path.Combine(screens, "guide-phone.png"), FullPage = true });
            await Expect(phone.GetByTestId("guide-print")).ToBeVisibleAsync();
            await phone.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(phone.GetByTestId("guide-print")).ToBeHiddenAsync();
            await Expect(phone.GetByTestId("guide-back")).ToBeHiddenAsync();
            await Expect(phone.GetByTestId("guide-materials")).ToBeVisibleAsync();
            await phone.ScreenshotAsync(new() { Path = Path.Combine(screens, "guide-print.png"), FullPage = true });
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task OnlineApplication_TabReachesEveryMaterialsFilePicker_WithARingOnItsButton()
    {
        var evidence = new FailureEvidence(output, nameof(OnlineApplication_TabReachesEveryMaterialsFilePicker_WithARingOnItsButton));
        var phone = evidence.Watch("apply", await app.NewPageAsync(412, 915));
        try
        {
            await phone.GotoAsync("/apply/23100400SJ-XK-0001");
            await Expect(phone.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            // The last material's picker, past every other one (the pickers were hidden from the keyboard).
            await TabToAsync(phone, "apply-upload-food-safety-rules-spjy");
            var ring = await phone.EvaluateAsync<double>("() => { const s = getComputedStyle(document.activeElement.closest('label')); return s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth); }");
            Assert.True(ring >= 2, "the focused file picker's button shows no focus ring");
            await TabToAsync(phone, "apply-upload-application-spjy", backwards: true);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task StaffAndFeedbackLists_TabReachesARow_EnterOrSpaceOpensIt()
    {
        var evidence = new FailureEvidence(output, nameof(StaffAndFeedbackLists_TabReachesARow_EnterOrSpaceOpensIt));
        var admin = evidence.Watch("admin", await app.NewPageAsync(1440, 900));
        try
        {
            await SignInAsync(admin, "/admin/staff", "admin");
            await Expect(admin.GetByTestId("staff-panel")).ToHaveCountAsync(0);
            await TabToAsync(admin, "staff-open-clerk1");
            await AssertFocusRingAsync(admin, "staff-open-clerk1");
            await admin.Keyboard.PressAsync("Enter");
            await Expect(admin.GetByTestId("staff-panel")).ToContainTextAsync("clerk1");

            // The feedback list: Space on the first row's number opens its detail.
            await admin.GotoAsync("/manager/feedback");
            await Expect(admin.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            var first = admin.Locator("button[data-testid^=feedback-open-]").First;
            var testId = await first.GetAttributeAsync("data-testid") ?? throw new InvalidOperationException("No feedback in the demo history.");
            await Expect(admin.GetByTestId("feedback-detail")).ToHaveCountAsync(0);
            await TabToAsync(admin, testId);
            await admin.Keyboard.PressAsync(" ");
            await Expect(admin.GetByTestId("feedback-detail")).ToContainTextAsync(testId["feedback-open-".Length..]);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>Presses Tab (or Shift+Tab) until the element with <paramref name="testId"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string testId, bool backwards = false)
    {
        var seen = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            var focused = await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName ?? null");
            if (focused == testId)
            {
                return;
            }

            seen.Add(focused ?? "(none)");
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"{MaxTabs} presses of Tab never reached {testId}; the focus went through {string.Join(", ", seen)}.");
    }

    private static async Task AssertFocusRingAsync(IPage page, string what)
    {
        var ring = await page.EvaluateAsync<JsonElement>(FocusRing);
        Assert.True(ring.GetProperty("width").GetDouble() >= 2, $"{what} shows no focus ring.");
        var ratio = ring.GetProperty("ratio").GetDouble();
        Assert.True(ratio >= 3, $"{what}'s focus ring is {ratio:0.00}:1 against its background, under 3:1.");
    }
}
