using System.Net;
using System.Text.Json;
using Bunit;
using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>诉求: recorded at the desk, answered, followed by the citizen with the number and the phone's last four digits.</summary>
public sealed class FeedbackTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public FeedbackTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Record_RoutesWithADeadlineOfFiveWorkingDays_AnswerTakesItOffTheOpenList()
    {
        var clerk = await _factory.ActorAsync("clerk1");

        var number = await _factory.Get<RecordFeedback>().HandleAsync(clerk, "AM", Request("scjg"));

        Assert.StartsWith("SQ20261201", number, StringComparison.Ordinal);
        var open = (await _factory.Get<EvaluationQueries>().FeedbackAsync("AM", openOnly: true)).Single(f => f.Number == number);
        Assert.Equal(new DateOnly(2026, 12, 8), open.Deadline);
        Assert.Equal("scjg", open.DepartmentCode);
        Assert.False(open.IsOverdue(new DateOnly(2026, 12, 8)));
        Assert.True(open.IsOverdue(new DateOnly(2026, 12, 9)));

        await _factory.Get<AnswerFeedback>().HandleAsync(await _factory.ActorAsync("manager"), number, "已协调市场监管局当日办结");

        Assert.DoesNotContain(await _factory.Get<EvaluationQueries>().FeedbackAsync("AM", openOnly: true), f => f.Number == number);
        var answered = (await _factory.Get<EvaluationQueries>().FeedbackAsync("AM", openOnly: false)).Single(f => f.Number == number);
        Assert.Equal(FeedbackStatus.Answered, answered.Status);
        Assert.Equal("manager", answered.AnsweredBy);
        await Assert.ThrowsAsync<DomainException>(() => _factory.Get<AnswerFeedback>().HandleAsync(clerk, number, "再次答复"));
    }

    [Fact]
    public async Task Record_UnknownDepartmentOrBadPhone_IsRefused()
    {
        var clerk = await _factory.ActorAsync("clerk1");

        var department = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RecordFeedback>().HandleAsync(clerk, "AM", Request("nope")));
        var phone = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RecordFeedback>().HandleAsync(clerk, "AM", Request("hall") with { ContactPhone = "12345" }));

        Assert.Contains("承办部门", Texts.Of(department, Texts.Chinese), StringComparison.Ordinal);
        Assert.Contains("手机号码", Texts.Of(phone, Texts.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowApi_RightPairShowsItMasked_WrongLastFourAnswersAsAnUnknownNumber()
    {
        var number = await _factory.Get<RecordFeedback>().HandleAsync(await _factory.ActorAsync("clerk1"), "AM", Request("hall"));
        await _factory.Get<AnswerFeedback>().HandleAsync(await _factory.ActorAsync("manager"), number, "已在综合窗口当场办理");
        var client = _factory.CreateClient();

        var ok = await client.GetAsync($"/api/v1/feedback/{number}?phoneLast4=4321");
        var wrongPhone = await client.GetAsync($"/api/v1/feedback/{number}?phoneLast4=0000");
        var unknown = await client.GetAsync("/api/v1/feedback/SQ20991231999?phoneLast4=4321");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("李*明", json.GetProperty("contact").GetString());
        Assert.Equal("已答复", json.GetProperty("status").GetString());
        Assert.Equal("政务服务中心", json.GetProperty("department").GetString());
        Assert.Equal("已在综合窗口当场办理", json.GetProperty("answer").GetString());
        Assert.DoesNotContain("13987654321", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrongPhone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await DetailAsync(unknown), await DetailAsync(wrongPhone));
    }

    [Fact]
    public async Task FollowPage_FiveMisses_LockTheNumberForAnHour_EvenInANewPage_ThenTheRightPairShowsProgress()
    {
        var number = await _factory.Get<RecordFeedback>().HandleAsync(await _factory.ActorAsync("clerk1"), "AM", Request("scjg"));
        var page = Render<FeedbackFollowPage>();
        page.Find("[data-testid=follow-number]").Change(number);
        page.Find("[data-testid=follow-phone]").Change("0000");
        for (var i = 0; i < 5; i++)
        {
            await page.Find("[data-testid=follow-find]").ClickAsync(new());
        }

        // A reload (a new page) does not reset the count: it is kept per number in the database.
        var reloaded = Render<FeedbackFollowPage>();
        reloaded.Find("[data-testid=follow-number]").Change(number);
        reloaded.Find("[data-testid=follow-phone]").Change("4321");
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await reloaded.Find("[data-testid=follow-find]").ClickAsync(new());
        await reloaded.WaitForAssertionAsync(() => Assert.Contains("失败次数过多", reloaded.Find("[data-testid=follow-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(reloaded.FindAll("[data-testid=follow-result]"));

        _factory.Clock.Advance(TimeSpan.FromMinutes(56));
        await reloaded.Find("[data-testid=follow-find]").ClickAsync(new());

        await reloaded.WaitForAssertionAsync(() => Assert.Equal("办理中", reloaded.Find("[data-testid=follow-status]").TextContent.Trim()));
        Assert.Contains("李*明", reloaded.Find("[data-testid=follow-contact]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("李晓明", reloaded.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackPage_ClerkRecordsThroughTheForm_ThenItIsAnswered()
    {
        SignIn(await _factory.ActorAsync("clerk2"), Roles.Clerk);
        var page = Render<ManagerFeedbackPage>();
        await page.WaitForElementAsync("[data-testid=feedback-record]");

        page.Find("[data-testid=feedback-content]").Change("营业执照变更在网上办不成，请帮忙");
        page.Find("[data-testid=feedback-name]").Change("王芳");
        page.Find("[data-testid=feedback-phone]").Change("13700001111");
        await page.Find("[data-testid=feedback-record]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains(page.FindAll("[data-testid^=feedback-row-]"), r => r.TextContent.Contains("营业执照变更在网上办不成", StringComparison.Ordinal)));
        var recorded = (await _factory.Get<EvaluationQueries>().FeedbackAsync("AM", openOnly: false)).Single(f => f.ContactName == "王芳");
        Assert.Contains("王芳", page.Find($"[data-testid=feedback-row-{recorded.Number}]").TextContent, StringComparison.Ordinal);
        Assert.Equal("", page.Find("[data-testid=feedback-content]").GetAttribute("value") ?? "");
        Assert.Equal((Feedback.Channels[0], Feedback.Kinds[0], "hall", "clerk2"), (recorded.Channel, recorded.Kind, recorded.DepartmentCode, recorded.CreatedBy));

        await page.Find($"[data-testid=feedback-row-{recorded.Number}]").ClickAsync(new());
        page.Find("[data-testid=feedback-answer]").Change("已转市场监管局，当日办结");
        await page.Find("[data-testid=feedback-answer-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains("已转市场监管局，当日办结", page.Find("[data-testid=feedback-answer-text]").TextContent, StringComparison.Ordinal));
    }

    private static RecordFeedback.Command Request(string department) =>
        new("电话", "投诉", "窗口告知材料不一致，跑了两趟", "李晓明", "13987654321", department);

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
}
