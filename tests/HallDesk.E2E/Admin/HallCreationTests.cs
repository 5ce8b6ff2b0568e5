using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Admin;

/// <summary>Issue 18 item 3 in a browser: the admin creates a hall in 大厅管理, and its kiosk issues a ticket at once.</summary>
[Collection(ChromiumApp.Name)]
public sealed class HallCreationTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Admin_CreatesAHall_ItsKioskIssuesATicketAtOnce()
    {
        var evidence = new FailureEvidence(output, nameof(Admin_CreatesAHall_ItsKioskIssuesATicketAtOnce));
        var admin = evidence.Watch("admin", await app.NewPageAsync(1440, 900));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1280, 1024));
        try
        {
            await SignInAsync(admin, "/admin/halls", "admin");
            await FillAndLeaveAsync(admin.GetByTestId("new-hall-code"), "df");
            await FillAndLeaveAsync(admin.GetByTestId("new-hall-name"), "东风街道便民服务中心");
            await FillAndLeaveAsync(admin.GetByTestId("new-hall-short"), "东风");
            await FillAndLeaveAsync(admin.GetByTestId("new-hall-address"), "爱民区东风街 18 号");
            // Around the clock, so that the test passes at any hour.
            await admin.GetByTestId("new-hall-around").ClickAsync();
            await Expect(admin.GetByTestId("new-hall-opens")).ToHaveCountAsync(0);
            await admin.GetByTestId("new-hall-save").ClickAsync();

            var row = admin.GetByTestId("hall-row-DF");
            await Expect(row).ToContainTextAsync("东风街道便民服务中心");
            await ShotAsync(admin, "admin-halls");

            await kiosk.GotoAsync("/kiosk/DF");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await kiosk.GetByTestId("kiosk-line-A").ClickAsync();
            await kiosk.GetByTestId("take-ticket").ClickAsync();
            await Expect(kiosk.GetByTestId("slip-number")).ToHaveTextAsync("A001");
            await ShotAsync(kiosk, "kiosk-new-hall");
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("HALLDESK_E2E_SHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }
}
