using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Queue;

[Collection(ChromiumApp.Name)]
public sealed class TicketCallFlowTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task KioskTicket_CalledByClerk_AppearsAndIsAnnouncedOnBoard()
    {
        var evidence = new FailureEvidence(output, nameof(KioskTicket_CalledByClerk_AppearsAndIsAnnouncedOnBoard));
        var board = evidence.Watch("board", await app.NewPageAsync(1920, 1080));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1280, 1024));
        var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));

        try
        {
            // The board: a plain SignalR client. data-live is set when the snapshot arrives, which the
            // hub sends only after the board has joined the hall's group, so from then on no call can be missed.
            await board.GotoAsync("/board/AM");
            await Expect(board.Locator("[data-screen=board][data-live=true]")).ToBeAttachedAsync();
            await Expect(board.Locator("[data-testid=board-line-A]")).ToBeVisibleAsync();
            await Expect(board.GetByTestId("board-current-number")).ToHaveTextAsync("—");

            // The kiosk: a citizen takes a ticket for line A.
            await kiosk.GotoAsync("/kiosk/AM");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await kiosk.GetByTestId("kiosk-line-A").ClickAsync();
            await kiosk.GetByTestId("take-ticket").ClickAsync();
            var slip = kiosk.GetByTestId("slip-number");
            await Expect(slip).ToHaveTextAsync(new Regex(@"^\s*A\d{3}\s*$"));
            var number = (await slip.InnerTextAsync()).Trim();

            // The counter: clerk1 signs in, opens counter 3 and calls the next ticket.
            await StaffBrowser.SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            var callNext = clerk.GetByTestId("call-next");
            await Expect(callNext).ToBeEnabledAsync();
            await callNext.ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(number);

            // The board shows the call, in Chinese although the browser asked for English.
            await Expect(board.GetByTestId("board-current-number")).ToHaveTextAsync(number);
            await Expect(board.GetByTestId("board-current-counter")).ToContainTextAsync("3");
            await Expect(board.GetByTestId("board-current-counter")).ToHaveTextAsync("请到 3 号窗口");

            // The board pushes the announcement in the same event handler that draws the number, so
            // once the number is shown the text is there: read it, no waiting. Exactly once.
            var spoken = await board.EvaluateAsync<string[]>("() => window.hallDeskBoard.spoken");
            Assert.Equal([$"请{number}号到3号窗口办理"], spoken);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }
}
