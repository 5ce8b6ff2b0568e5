using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Queue;

/// <summary>The board and the counter screen in a real browser: what they say, and how they fit a phone.</summary>
[Collection(ChromiumApp.Name)]
public sealed class PublicScreensTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Board_OnAPhone_FitsTheWidth()
    {
        var evidence = new FailureEvidence(output, nameof(Board_OnAPhone_FitsTheWidth));
        var phone = evidence.Watch("phone", await app.NewPageAsync(390, 844));
        try
        {
            await phone.GotoAsync("/board/AM");
            await Expect(phone.Locator("[data-screen=board][data-live=true]")).ToBeAttachedAsync();
            await Expect(phone.Locator("[data-testid=board-line-A]")).ToBeVisibleAsync();

            var overflow = await phone.EvaluateAsync<string[]>("""
                () => [document.documentElement.scrollWidth > innerWidth ? `page ${document.documentElement.scrollWidth}px` : null,
                       ...[...document.querySelectorAll(".board *")]
                           .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
                           .map((e) => `${e.className || e.tagName} ends at ${Math.round(e.getBoundingClientRect().right)}px`)]
                    .filter(Boolean)
                """);
            Assert.Empty(overflow);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task CounterScreen_SaysComeWhenCalled_ServingOnceStarted_AndTheBoardDropsANoShow()
    {
        var evidence = new FailureEvidence(output, nameof(CounterScreen_SaysComeWhenCalled_ServingOnceStarted_AndTheBoardDropsANoShow));
        var board = evidence.Watch("board", await app.NewPageAsync(1920, 1080));
        var screen = evidence.Watch("screen", await app.NewPageAsync(1280, 720));
        var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var issued = await clerk.APIRequest.PostAsync("/api/v1/halls/AM/tickets", new() { DataObject = new { line = "D" } });
                Assert.Equal(201, issued.Status);
            }

            await board.GotoAsync("/board/AM");
            await Expect(board.Locator("[data-screen=board][data-live=true]")).ToBeAttachedAsync();
            await screen.GotoAsync("/counter-screen/AM/7");
            await Expect(screen.Locator("[data-screen=counter][data-live=true]")).ToBeAttachedAsync();
            await StaffBrowser.SignInAsync(clerk, "/counter", "clerk3");
            await clerk.GetByTestId("open-counter-7").ClickAsync();

            // Called: the screen asks the citizen to come; the board calls the number.
            await clerk.GetByTestId("call-next").ClickAsync();
            var current = clerk.GetByTestId("current-ticket");
            await Expect(current).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[A-E]\d{3}$"));
            var first = (await current.InnerTextAsync()).Trim();
            await Expect(screen.GetByTestId("counter-screen-ticket")).ToHaveTextAsync(first);
            await Expect(screen.GetByTestId("counter-screen-state")).ToHaveTextAsync("请到窗口");
            await Expect(board.GetByTestId("board-current-number")).ToHaveTextAsync(first);

            // Nobody came after three calls: 过号, and the board stops calling that number.
            await clerk.GetByTestId("recall").ClickAsync();
            await Expect(clerk.GetByTestId("call-count")).ToContainTextAsync("2");
            await clerk.GetByTestId("recall").ClickAsync();
            await clerk.GetByTestId("no-show").ClickAsync();
            await Expect(current).ToHaveTextAsync("—");
            await Expect(board.GetByTestId("board-current-number")).Not.ToHaveTextAsync(first);
            await Expect(board.GetByTestId("board-recent")).Not.ToContainTextAsync(first);
            await Expect(screen.GetByTestId("counter-screen-state")).ToHaveTextAsync("欢迎办理");

            // The next citizen arrives: only now is it 正在办理.
            await clerk.GetByTestId("call-next").ClickAsync();
            await Expect(screen.GetByTestId("counter-screen-state")).ToHaveTextAsync("请到窗口");
            await clerk.GetByTestId("start-service").ClickAsync();
            await Expect(screen.GetByTestId("counter-screen-state")).ToHaveTextAsync("正在办理");
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }
}
