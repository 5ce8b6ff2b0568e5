using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.District;

/// <summary>The app at 10:00 on Tuesday 2026-12-01 in 爱民区, when every hall is open (the street halls keep real hours).</summary>
public sealed class HallsOpenFixture()
    : AppFixture(new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(5) });

/// <summary>
/// Signed in as <c>district</c>, /district follows all three halls without a reload while tickets are taken at each and
/// clerks of two halls call: XY's in a second browser page, SDG's through the use cases.
/// </summary>
public sealed class DistrictLiveTests(HallsOpenFixture app, ITestOutputHelper output) : IClassFixture<HallsOpenFixture>
{
    [Fact]
    public async Task ClerksOfTwoHallsCall_TheDistrictScreenMovesEveryHall_WithoutReload()
    {
        var evidence = new FailureEvidence(output, nameof(ClerksOfTwoHallsCall_TheDistrictScreenMovesEveryHall_WithoutReload));
        try
        {
            var district = evidence.Watch("district", await app.NewPageAsync(1440, 1000));
            await SignInAsync(district, "/district", "district");
            await Expect(district.GetByTestId("district-SDG-waiting")).ToBeVisibleAsync();
            var waiting = new Dictionary<string, int>();
            foreach (var hall in (string[])["AM", "XY", "SDG"])
            {
                waiting[hall] = await NumberAsync(district, $"district-{hall}-waiting");
            }

            var xyServing = await NumberAsync(district, "district-XY-counters-serving");
            var sdgServing = await NumberAsync(district, "district-SDG-counters-serving");
            await district.EvaluateAsync("() => window.__districtNotReloaded = true");

            foreach (var hall in (string[])["AM", "XY", "SDG"])
            {
                await TakeTicketAsync(hall, "A");
                await Expect(district.GetByTestId($"district-{hall}-waiting")).ToHaveTextAsync(Text(waiting[hall] + 1));
            }

            var clerk = evidence.Watch("counter-xy", await app.NewPageAsync(1440, 900));
            await SignInAsync(clerk, "/counter", "clerk-xy1");
            await clerk.GetByTestId("open-counter-1").ClickAsync();
            var callNext = clerk.GetByTestId("call-next");
            await Expect(callNext).ToBeEnabledAsync();
            await callNext.ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).Not.ToBeEmptyAsync();

            await Expect(district.GetByTestId("district-XY-counters-serving")).ToHaveTextAsync(Text(xyServing + 1));
            await Expect(district.GetByTestId("district-XY-waiting")).ToHaveTextAsync(Text(waiting["XY"]));

            var sdgClerk = await ActorAsync("clerk-sdg1");
            await app.Services.GetRequiredService<OpenCounter>().HandleAsync(sdgClerk, "SDG", 1);
            Assert.NotNull(await app.Services.GetRequiredService<CallNextTicket>().HandleAsync(sdgClerk));

            await Expect(district.GetByTestId("district-SDG-counters-serving")).ToHaveTextAsync(Text(sdgServing + 1));
            await Expect(district.GetByTestId("district-SDG-waiting")).ToHaveTextAsync(Text(waiting["SDG"]));
            await Expect(district.GetByTestId("district-AM-waiting")).ToHaveTextAsync(Text(waiting["AM"] + 1));
            Assert.True(await district.EvaluateAsync<bool>("() => window.__districtNotReloaded === true"));
            await district.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "halldesk-district.png"), FullPage = true });
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task DistrictReportLink_ShowsEveryHallSideBySide_AndTheMonthlyReport()
    {
        var evidence = new FailureEvidence(output, nameof(DistrictReportLink_ShowsEveryHallSideBySide_AndTheMonthlyReport));
        try
        {
            var district = evidence.Watch("district-reports", await app.NewPageAsync(1440, 1000));
            await SignInAsync(district, "/district", "district");
            await district.GetByTestId("district-reports").ClickAsync();

            foreach (var hall in (string[])["AM", "XY", "SDG"])
            {
                await Expect(district.GetByTestId($"report-row-{hall}")).ToBeVisibleAsync();
            }

            await district.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "halldesk-district-report.png"), FullPage = true });
            await district.GetByTestId("report-kind-monthly").ClickAsync();
            await Expect(district.GetByTestId("monthly-row-SDG")).ToBeVisibleAsync();
            await district.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "halldesk-district-monthly.png"), FullPage = true });
            await district.GotoAsync("/manager?hall=XY");
            await Expect(district.GetByTestId("dashboard-read-only")).ToBeVisibleAsync();
            await district.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "halldesk-district-xy.png"), FullPage = true });
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<int> NumberAsync(IPage page, string testId) =>
        int.Parse(((await page.GetByTestId(testId).TextContentAsync()) ?? "").Trim(), CultureInfo.InvariantCulture);

    private async Task<Actor> ActorAsync(string userName)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return new Actor(id, userName, "127.0.0.1");
    }

    /// <summary>取号 through the public API, as a phone app would.</summary>
    private async Task TakeTicketAsync(string hall, string line)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.PostAsJsonAsync($"/api/v1/halls/{hall}/tickets", new { line });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
