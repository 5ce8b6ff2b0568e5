using System.Net;
using System.Text.Json;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>好差评 figures, the manager's figures page and the export, over five ratings counted by hand (see <see cref="RatedHallFactory"/>).</summary>
public sealed class ManagerEvaluationsTests : ComponentTestContext, IClassFixture<RatedHallFactory>
{
    private readonly RatedHallFactory _factory;

    public ManagerEvaluationsTests(RatedHallFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Figures_FiveRatings_SatisfactionSixtyBadTwentyOneOpenOrder()
    {
        var (from, to) = await _factory.RatedAsync();

        var (total, _) = await _factory.Get<EvaluationQueries>().FiguresAsync("AM", from, to, FigureDimension.Counter);

        Assert.Equal(5, total.Total);
        Assert.Equal(3, total.Good);
        Assert.Equal(1, total.Bad);
        Assert.Equal(0.6, total.SatisfactionRate, 6);
        Assert.Equal(0.2, total.BadRate, 6);
        Assert.Equal(0, total.Defaults);
        Assert.Equal(1, total.Rectifications);
        Assert.Equal(0, total.ClosedOnTime);
    }

    [Fact]
    public async Task Figures_ByDepartment_OneRowPerDepartmentCountedByHand()
    {
        var (from, to) = await _factory.RatedAsync();

        var (_, rows) = await _factory.Get<EvaluationQueries>().FiguresAsync("AM", from, to, FigureDimension.Department);

        var market = rows.Single(r => r.Key == "市场监管").Figures;
        var city = rows.Single(r => r.Key == "城管").Figures;
        Assert.Equal(2, rows.Count);
        Assert.Equal((3, 2, 0, 0), (market.Total, market.Good, market.Bad, market.Rectifications));
        Assert.Equal(2.0 / 3, market.SatisfactionRate, 6);
        Assert.Equal((2, 1, 1, 1), (city.Total, city.Good, city.Bad, city.Rectifications));
        Assert.Equal(0.5, city.BadRate, 6);
    }

    [Fact]
    public async Task Page_Manager_ShowsTheKpisOfTheLastThirtyDays_AndSwitchesDimension()
    {
        await _factory.RatedAsync();
        await SignInAsync(await _factory.ActorAsync("manager"));

        var page = Render<ManagerEvaluationsPage>();

        await page.WaitForAssertionAsync(() => Assert.Equal("5", page.Find("[data-testid=kpi-total]").TextContent.Trim()));
        Assert.Equal("60.0%", page.Find("[data-testid=kpi-satisfaction]").TextContent.Trim());
        Assert.Equal("20.0%", page.Find("[data-testid=kpi-bad-rate]").TextContent.Trim());
        Assert.Equal("0", page.Find("[data-testid=kpi-defaults]").TextContent.Trim());
        Assert.Equal("1", page.Find("[data-testid=kpi-rectifications]").TextContent.Trim());
        Assert.Equal("0.0%", page.Find("[data-testid=kpi-on-time]").TextContent.Trim());
        Assert.Equal("api/v1/evaluations/export?from=2026-11-02&to=2026-12-01", page.Find("[data-testid=export-json]").GetAttribute("href"));
        Assert.NotNull(page.Find("[data-testid=figures-chart] svg"));

        await page.Find("[data-testid=dimension-Department]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal(["城管", "市场监管"], page.FindAll("[data-testid^=figure-key-]").Select(e => e.TextContent.Trim()).Order(StringComparer.Ordinal)));
        var satisfaction = page.FindAll("[data-testid^=figure-satisfaction-]").Select(e => e.TextContent.Trim()).Order(StringComparer.Ordinal);
        Assert.Equal(["50.0%", "66.7%"], satisfaction);
    }

    [Fact]
    public async Task Page_TodayButton_NarrowsTheRangeToToday()
    {
        await _factory.RatedAsync();
        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<ManagerEvaluationsPage>();
        await page.WaitForElementAsync("[data-testid=kpi-total]");

        await page.Find("[data-testid=range-today]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("2026-12-01 – 2026-12-01", page.Find("[data-testid=range-label]").TextContent.Trim()));
        Assert.Equal("5", page.Find("[data-testid=kpi-total]").TextContent.Trim());
        Assert.EndsWith("from=2026-12-01&to=2026-12-01", page.Find("[data-testid=export-json]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AsManager_ReturnsTheRatingsWithTheApplicantMasked()
    {
        await _factory.RatedAsync();
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);

        var response = await client.GetAsync("/api/v1/evaluations/export?from=2026-12-01&to=2026-12-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, records.Count);
        var people = records.Where(r => r.GetProperty("itemCode").GetString() == RatedCases.SoleTrader).ToList();
        Assert.Equal(3, people.Count);
        Assert.All(people, r => Assert.Equal("张*华", r.GetProperty("applicantName").GetString()));
        Assert.Equal([5, 5, 3], people.Select(r => r.GetProperty("level").GetInt32()));
        Assert.DoesNotContain(records, r => r.GetProperty("applicantName").GetString() is "张建华" or "牡丹江鸿福餐饮管理有限公司");
        Assert.Equal("不满意", records.Single(r => r.GetProperty("level").GetInt32() == 2).GetProperty("levelName").GetString());
    }

    [Fact]
    public async Task Export_AsClerk_IsRefused()
    {
        await _factory.RatedAsync();
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "clerk2", HallDeskFactory.Password);

        var response = await client.GetAsync("/api/v1/evaluations/export?from=2026-12-01&to=2026-12-01");

        // An API answers with a status code and problem details, not the staff pages' redirect.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("无权访问", body, StringComparison.Ordinal);
        Assert.DoesNotContain("applicantName", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Anonymous_Gets401()
    {
        var response = await LoginClient.Create(_factory).GetAsync("/api/v1/evaluations/export?from=2026-12-01&to=2026-12-01");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void DateRange_WeekStartsOnMonday_MonthOnTheFirst_AndEndsAreOrdered()
    {
        var tuesday = new DateOnly(2026, 12, 1);

        Assert.Equal(new ManagerDateRange(new DateOnly(2026, 11, 30), tuesday), ManagerDateRange.Week(tuesday));
        Assert.Equal(new ManagerDateRange(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6)), ManagerDateRange.Week(new DateOnly(2026, 12, 6)));
        Assert.Equal(new DateOnly(2026, 12, 1), ManagerDateRange.Month(new DateOnly(2026, 12, 31)).From);
        Assert.Equal(new ManagerDateRange(new DateOnly(2026, 11, 2), tuesday), ManagerDateRange.LastDays(tuesday, 30));
        Assert.Equal(new ManagerDateRange(new DateOnly(2026, 11, 2), tuesday), ManagerDateRange.Of(tuesday, new DateOnly(2026, 11, 2)));
        var (fromUtc, toUtc) = ManagerDateRange.Day(tuesday).ToUtc(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0), fromUtc);
        Assert.Equal(new DateTime(2026, 12, 1, 16, 0, 0), toUtc);
    }
}
