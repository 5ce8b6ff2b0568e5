using System.Net;
using System.Text.Json;
using Bunit;
using HallDesk.Web.Features.Progress;
using HallDesk.Web.Tests.Infrastructure;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Progress;

/// <summary>
/// 办件进度 guarded per case number: five wrong phone digits an hour, whoever asks and through whichever door (API, page,
/// a reload), then the number answers 429 / "try later" even to the right digits. A wrong number answers like a wrong code.
/// </summary>
public sealed class CaseProgressLimitTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CaseProgressLimitTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task FiveWrongDigits_LockTheCaseNumberForEveryone_TheRightDigitsToo_ForAnHour()
    {
        var (number, _) = await ConcludedCaseAsync(_factory);
        var scripts = Enumerable.Range(0, 5).Select(_ => _factory.CreateClient()).ToList();

        // Five guesses from five clients; 122 tries were enough before.
        for (var i = 0; i < 5; i++)
        {
            var miss = await scripts[i].GetAsync($"/api/v1/cases/{number}?phoneLast4={i:0000}");
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        }

        var right = await _factory.CreateClient().GetAsync($"/api/v1/cases/{number}?phoneLast4=5678");
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var retry = right.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
        Assert.InRange(retry, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(60));
        Assert.Contains("失败次数过多", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The page shares the count: it does not show the case either.
        var page = Render<ProgressPage>();
        page.Find("input[data-testid=progress-case]").Change(number);
        page.Find("input[data-testid=progress-phone]").Change("5678");
        await page.Find("[data-testid=progress-find]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Contains("失败次数过多", page.Find("[data-testid=progress-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=progress-result]"));

        _factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateClient().GetAsync($"/api/v1/cases/{number}?phoneLast4=5678")).StatusCode);
    }

    [Fact]
    public async Task PageMisses_CountForTheApi_AndAReloadDoesNotResetThem()
    {
        var (number, _) = await ConcludedCaseAsync(_factory);
        for (var i = 0; i < 5; i++)
        {
            // A new page each time, as a script reloading /progress would do.
            var page = Render<ProgressPage>();
            page.Find("input[data-testid=progress-case]").Change(number);
            page.Find("input[data-testid=progress-phone]").Change($"{i:0000}");
            await page.Find("[data-testid=progress-find]").ClickAsync(new());
            await page.WaitForAssertionAsync(() => Assert.Equal(CaseProgressQuery.NoMatch, page.Find("[data-testid=progress-error]").TextContent.Trim()));
        }

        var api = await _factory.CreateClient().GetAsync($"/api/v1/cases/{number}?phoneLast4=5678");

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);
    }

    [Fact]
    public async Task AWrongNumber_AnswersLikeAWrongCode_AndIsLockedAlike()
    {
        var (number, _) = await ConcludedCaseAsync(_factory);
        var client = _factory.CreateClient();
        const string missing = "AM209901010042";

        var wrongCode = await client.GetAsync($"/api/v1/cases/{number}?phoneLast4=0000");
        var wrongNumber = await client.GetAsync($"/api/v1/cases/{missing}?phoneLast4=5678");
        for (var i = 0; i < 4; i++)
        {
            await client.GetAsync($"/api/v1/cases/{missing}?phoneLast4=5678");
        }

        var locked = await client.GetAsync($"/api/v1/cases/{missing}?phoneLast4=5678");

        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongNumber.StatusCode);
        Assert.Equal(await DetailAsync(wrongCode), await DetailAsync(wrongNumber));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }

    [Fact]
    public async Task FeedbackNumbers_AreLockedAfterFiveWrongDigits_TheRightDigitsToo()
    {
        var number = await _factory.Get<HallDesk.Web.Features.Evaluation.RecordFeedback>().HandleAsync(await _factory.ActorAsync("clerk1"), "AM",
            new("电话", "咨询", "怎么办理营业执照", "李晓明", "13987654321", "hall"));
        var client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/feedback/{number}?phoneLast4={i:0000}")).StatusCode);
        }

        var right = await _factory.CreateClient().GetAsync($"/api/v1/feedback/{number}?phoneLast4=4321");

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
}
