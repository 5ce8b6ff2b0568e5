using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Queue;

/// <summary>
/// A clerk works a morning with the function keys only (F2 … F10 in turn), as printed on the buttons. After every key
/// the next step's button is enabled and has the focus: the console never freezes, and a key typed in a field is text.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed class ConsoleKeysTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryFunctionKey_RunsItsAction_AndTheConsoleNeverFreezes()
    {
        var evidence = new FailureEvidence(output, nameof(EveryFunctionKey_RunsItsAction_AndTheConsoleNeverFreezes));
        var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var issued = await clerk.APIRequest.PostAsync("/api/v1/halls/AM/tickets", new() { DataObject = new { line = "E" } });
                Assert.Equal(201, issued.Status);
            }

            await StaffBrowser.SignInAsync(clerk, "/counter", "clerk4");
            await clerk.GetByTestId("open-counter-8").ClickAsync();
            var callNext = clerk.GetByTestId("call-next");
            await Expect(callNext).ToBeFocusedAsync();

            // Typing in the 受理 form: F2 is not heard there (else the counter would have a ticket and F10 could not pause).
            var field = clerk.Locator("[data-testid=intake] input:visible").First;
            await field.FocusAsync();
            await field.PressAsync("F2");
            await field.PressAsync("Escape");
            await Expect(callNext).ToBeFocusedAsync();
            await Press(clerk, "F10");
            await Expect(clerk.GetByTestId("pause-reason")).ToBeFocusedAsync();
            await clerk.GetByTestId("pause-reason").PressAsync("Escape");
            await Expect(clerk.GetByTestId("pause-confirm")).ToHaveCountAsync(0);
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");

            // F2 叫号 → F3 重呼 twice → F6 过号.
            await Press(clerk, "F2");
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(new Regex(@"^[A-E]\d{3}$"));
            await ExpectReady(clerk, "start-service");
            await Press(clerk, "F3");
            await Expect(clerk.GetByTestId("call-count")).ToContainTextAsync("2");
            await ExpectReady(clerk, "start-service");
            await Press(clerk, "F3");
            await Expect(clerk.GetByTestId("no-show")).ToBeEnabledAsync();
            await Press(clerk, "F6");
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");
            await ExpectReady(clerk, "call-next");

            // F2 → F4 开始办理 → F7 挂起.
            await Press(clerk, "F2");
            await ExpectReady(clerk, "start-service");
            await Press(clerk, "F4");
            await Expect(clerk.GetByTestId("ticket-status")).ToHaveTextAsync("办理中");
            await ExpectReady(clerk, "finish-service");
            await Press(clerk, "F7");
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");
            await ExpectReady(clerk, "call-next");

            // F2 → F8 转移, to line B 不动产登记 (which no other browser test calls, so the ticket bothers nobody).
            await Press(clerk, "F2");
            await ExpectReady(clerk, "start-service");
            await Press(clerk, "F8");
            await Expect(clerk.GetByTestId("transfer-confirm")).ToBeVisibleAsync();
            await clerk.GetByTestId("transfer-target").ClickAsync();
            await clerk.Locator(".mud-popover-open .mud-list-item", new() { HasTextRegex = new Regex("不动产登记") }).ClickAsync();
            await clerk.GetByTestId("transfer-confirm").ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");
            await ExpectReady(clerk, "call-next");

            // F2 → F4 → F9 完成.
            await Press(clerk, "F2");
            await ExpectReady(clerk, "start-service");
            await Press(clerk, "F4");
            await ExpectReady(clerk, "finish-service");
            await Press(clerk, "F9");
            await Expect(clerk.GetByTestId("awaiting-rating")).ToBeVisibleAsync();
            await ExpectReady(clerk, "call-next");

            // F10 暂停 with a reason, then 恢复.
            await Press(clerk, "F10");
            await Expect(clerk.GetByTestId("pause-reason")).ToBeFocusedAsync();
            await clerk.GetByTestId("pause-reason").FillAsync("短暂离开");
            await clerk.GetByTestId("pause-confirm").ClickAsync();
            await ExpectReady(clerk, "resume-counter");
            await clerk.GetByTestId("resume-counter").ClickAsync();
            await ExpectReady(clerk, "call-next");
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>The key pressed wherever the focus is now (a button after the previous step), as the clerk does.</summary>
    private static Task Press(IPage page, string key) => page.Keyboard.PressAsync(key);

    /// <summary>The next step is possible and focused: nothing is left grey.</summary>
    private static async Task ExpectReady(IPage page, string testId)
    {
        var next = page.GetByTestId(testId);
        await Expect(next).ToBeEnabledAsync();
        await Expect(next).ToBeFocusedAsync();
    }
}
