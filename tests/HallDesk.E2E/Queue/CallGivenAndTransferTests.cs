using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Queue;

/// <summary>
/// 指定呼叫 and the transfer's position in a real browser: the clerk calls a given number past the one before it, with a
/// reason; transfers it to another line 排在队首; and the next 叫号 (F2) calls it first there. Line D and counter 4
/// are left as found: every ticket is finished and the counter closed.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed class CallGivenAndTransferTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly string Screens = Path.Combine(Path.GetTempPath(), "halldesk-screens");

    [Fact]
    public async Task CallAGivenNumber_ThenTransferItToTheHeadOfAnotherLine_AndF2CallsItFirstThere()
    {
        Directory.CreateDirectory(Screens);
        var evidence = new FailureEvidence(output, nameof(CallAGivenNumber_ThenTransferItToTheHeadOfAnotherLine_AndF2CallsItFirstThere));
        var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 1000));
        try
        {
            var first = await IssueAsync(clerk, "D");
            var given = await IssueAsync(clerk, "D");
            await StaffBrowser.SignInAsync(clerk, "/counter", "clerk2");
            await clerk.GetByTestId("open-counter-4").ClickAsync();
            await Expect(clerk.GetByTestId("call-next")).ToBeFocusedAsync();

            // 指定呼叫 the second D ticket, past the first, with a reason.
            await clerk.GetByTestId("call-given").ClickAsync();
            await Expect(clerk.GetByTestId("callgiven-number")).ToBeFocusedAsync();
            await clerk.GetByTestId("callgiven-number").FillAsync(given);
            await Expect(clerk.GetByTestId("callgiven-confirm")).ToBeDisabledAsync();
            await clerk.GetByTestId("callgiven-preset").First.ClickAsync();
            await clerk.ScreenshotAsync(new() { Path = Path.Combine(Screens, "console-call-given.png") });
            await clerk.GetByTestId("callgiven-confirm").ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(given);

            // F8 转移 to line A (which this counter serves first), 排在队首.
            await clerk.Keyboard.PressAsync("F8");
            await Expect(clerk.GetByTestId("transfer-confirm")).ToBeVisibleAsync();
            await clerk.GetByTestId("transfer-target").ClickAsync();
            await clerk.Locator(".mud-popover-open .mud-list-item", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("综合受理") }).ClickAsync();
            await clerk.GetByTestId("transfer-position-Head").ClickAsync();
            await clerk.ScreenshotAsync(new() { Path = Path.Combine(Screens, "console-transfer-position.png") });
            await clerk.GetByTestId("transfer-confirm").ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");

            // F2: the head of line A, before every A ticket that waited longer and before the first D ticket.
            await Expect(clerk.GetByTestId("call-next")).ToBeEnabledAsync();
            await clerk.Keyboard.PressAsync("F2");
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(given);
            await FinishAsync(clerk);

            // Leave line D as found: the first ticket, called by number too, and finished.
            await clerk.GetByTestId("call-given").ClickAsync();
            await clerk.GetByTestId("callgiven-number").FillAsync(first);
            await clerk.GetByTestId("callgiven-reason").FillAsync("测试收尾");
            await clerk.GetByTestId("callgiven-confirm").ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(first);
            await FinishAsync(clerk);
            await clerk.GetByTestId("close-counter").ClickAsync();
            await Expect(clerk.GetByTestId("open-counter-4")).ToBeVisibleAsync();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static async Task FinishAsync(IPage clerk)
    {
        await Expect(clerk.GetByTestId("start-service")).ToBeEnabledAsync();
        await clerk.Keyboard.PressAsync("F4");
        await Expect(clerk.GetByTestId("finish-service")).ToBeEnabledAsync();
        await clerk.Keyboard.PressAsync("F9");
        await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");
    }

    private static async Task<string> IssueAsync(IPage page, string line)
    {
        var issued = await page.APIRequest.PostAsync("/api/v1/halls/AM/tickets", new() { DataObject = new { line } });
        Assert.Equal(201, issued.Status);
        using var body = JsonDocument.Parse(await issued.TextAsync());
        return body.RootElement.GetProperty("number").GetString()!;
    }
}
