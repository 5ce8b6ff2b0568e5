using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Manager;

/// <summary>
/// The manager's dashboard follows the hall without a reload: a ticket taken by phone, then called at counter 3 by a
/// clerk in another browser. An app of its own (a class fixture): it uses counter 3 and line A, which other flows expect unused.
/// </summary>
public sealed class DashboardLiveTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TicketTakenAndCalled_ManagerSeesCountsAndCounterTile_WithoutReload()
    {
        var evidence = new FailureEvidence(output, nameof(TicketTakenAndCalled_ManagerSeesCountsAndCounterTile_WithoutReload));
        try
        {
            var manager = evidence.Watch("manager", await app.NewPageAsync(1440, 900));
            await SignInAsync(manager, "/manager", "manager");
            await Expect(manager.GetByTestId("alerts")).ToBeVisibleAsync();
            var issued = await NumberAsync(manager, "kpi-issued");
            var waiting = await NumberAsync(manager, "kpi-waiting");
            await Expect(manager.GetByTestId("kpi-mean-wait")).ToHaveTextAsync("—");
            // The page's own address stays: every later change must come over the circuit.
            await manager.EvaluateAsync("() => window.__dashboardNotReloaded = true");

            var ticket = await TakeTicketAsync();
            await Expect(manager.GetByTestId("kpi-issued")).ToHaveTextAsync(Text(issued + 1));
            await Expect(manager.GetByTestId("kpi-waiting")).ToHaveTextAsync(Text(waiting + 1));

            var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
            await SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            var callNext = clerk.GetByTestId("call-next");
            await Expect(callNext).ToBeEnabledAsync();
            await callNext.ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(ticket);

            await Expect(manager.GetByTestId("manager-counter-3-ticket")).ToHaveTextAsync(ticket);
            await Expect(manager.GetByTestId("manager-counter-3")).ToHaveAttributeAsync("data-state", "Serving");
            await Expect(manager.GetByTestId("kpi-waiting")).ToHaveTextAsync(Text(waiting));
            // Called seconds after it was taken: today's mean wait now has a value (its unit text comes from the resources).
            await Expect(manager.GetByTestId("kpi-mean-wait")).Not.ToHaveTextAsync("—");
            Assert.True(await manager.EvaluateAsync<bool>("() => window.__dashboardNotReloaded === true"));
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<int> NumberAsync(IPage page, string testId)
    {
        var text = (await page.GetByTestId(testId).TextContentAsync())?.Trim() ?? "";
        return int.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>取号 through the public API, as a phone app would.</summary>
    private async Task<string> TakeTicketAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "A" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ticket = body.GetProperty("number").GetString() ?? "";
        Assert.Matches(@"^A\d{3}$", ticket);
        return ticket;
    }
}
