using System.Globalization;
using Bunit;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>The case page of a reviewer, over the real review use case and a real SQLite file.</summary>
public sealed class ReviewCasePageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ReviewCasePageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private IEnumerable<string> Snacks => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    [Fact]
    public async Task Approve_SingleItemCase_ConcludesTheCase_AndWritesAnAuditEntry()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var page = await OpenAsync("reviewer-scjg", number);
        Assert.Contains("11010519491231002X", page.Find("[data-testid=applicant-id]").TextContent);
        Assert.Equal("green", page.Find("[data-testid=my-light]").GetAttribute("data-light"));

        page.Find("textarea[data-testid=opinion]").Input("材料齐全，准予许可。");
        await page.Find("[data-testid=approve]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("已办结", page.Find("[data-testid=case-status]").TextContent.Trim()));
        Assert.Equal("准予", page.Find("[data-testid=case-outcome]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=approve]"));
        Assert.Contains("材料齐全，准予许可。", page.Find("[data-testid=task-opinion]").TextContent);
        Assert.Contains("审查通过", page.Find("[data-testid=timeline]").TextContent);
        await using var db = await _factory.DbAsync();
        var audit = await db.AuditEntries.SingleAsync(a => a.Subject == number && a.Action == "review.approve");
        Assert.Equal("reviewer-scjg", audit.Actor);
        Assert.Equal(CaseStatus.Concluded, (await db.Cases.SingleAsync(c => c.CaseNumber == number)).Status);
    }

    [Fact]
    public async Task Approve_AfterSomeoneElseDecided_ShowsTheConcurrencyMessage_AndChangesNothing()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var page = await OpenAsync("reviewer-scjg", number);
        var task = (await _factory.Get<ReviewQueries>().CaseAsync(number))!.Case.Tasks.Single();
        await _factory.Get<DenyReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-scjg"), number, task.Version, "经营场所不符合要求");

        page.Find("textarea[data-testid=opinion]").Input("同意");
        await page.Find("[data-testid=approve]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains(Snacks, m => m.Contains("刚刚已被他人处理", StringComparison.Ordinal)));
        await page.WaitForAssertionAsync(() => Assert.Contains("经营场所不符合要求", page.Find("[data-testid=task-opinion]").TextContent));
        await using var db = await _factory.DbAsync();
        var stored = await db.ReviewTasks.SingleAsync(t => t.Id == task.Id);
        Assert.Equal(ReviewStatus.Denied, stored.Status);
        Assert.Equal("经营场所不符合要求", stored.Opinion);
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Subject == number && a.Action == "review.approve"));
    }

    [Fact]
    public async Task Deny_WithoutReason_UnderEnglish_IsRefusedInEnglish()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var page = await OpenAsync("reviewer-scjg", number);

            await page.Find("[data-testid=deny]").ClickAsync(new());

            await page.WaitForAssertionAsync(() => Assert.Contains("A refusal must give its reasons.", Snacks));
            Assert.DoesNotContain(Snacks, m => m.Contains("不予许可", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task Deny_WithoutReason_IsRefusedInChinese_AndTheTaskStaysOpen()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var page = await OpenAsync("reviewer-scjg", number);

        await page.Find("[data-testid=deny]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains("不予许可必须说明理由。", Snacks));
        Assert.NotNull(page.Find("[data-testid=approve]"));
        await using var db = await _factory.DbAsync();
        var @case = await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == number);
        Assert.Equal(ReviewStatus.Pending, @case.Tasks.Single().Status);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Subject == number && a.Action == "review.deny"));
    }

    [Fact]
    public async Task Suspend_ThenResume_StopsAndRestartsTheClock()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var page = await OpenAsync("reviewer-scjg", number);

        page.Find("textarea[data-testid=opinion]").Input("需现场核查经营场所");
        await page.Find("[data-testid=suspend]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=resume-clock]");
        Assert.Equal("suspended", page.Find("[data-testid=my-light]").GetAttribute("data-light"));
        Assert.Empty(page.FindAll("[data-testid=approve]"));
        await page.Find("[data-testid=resume-clock]").ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=approve]");
        Assert.Equal("green", page.Find("[data-testid=my-light]").GetAttribute("data-light"));
    }

    [Fact]
    public async Task ReviewerOfAnotherDepartment_IsDenied_SeesNothingOfTheCase_AndTheDenialIsAudited()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);

        var page = await OpenAsync("reviewer-bdc", number, "[data-testid=case-denied]");

        Assert.Empty(page.FindAll("[data-testid=approve]"));
        Assert.Empty(page.FindAll("[data-testid=applicant-id]"));
        Assert.DoesNotContain("11010519491231002X", page.Markup);
        Assert.DoesNotContain("13812345678", page.Markup);
        Assert.DoesNotContain("张三", page.Markup);
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Subject == number && a.Action == "case.view");
        Assert.Equal(("reviewer-bdc", AuditOutcome.Denied, "review"), (entry.Actor, entry.Outcome, entry.Details));
        Assert.Equal("127.0.0.1", entry.Address);
    }

    [Fact]
    public async Task ReviewerWithATask_View_IsAudited()
    {
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);

        await OpenAsync("reviewer-scjg", number);

        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Subject == number && a.Action == "case.view");
        Assert.Equal(("reviewer-scjg", AuditOutcome.Ok), (entry.Actor, entry.Outcome));
    }

    [Fact]
    public async Task BundleReturnedByAnotherDepartment_EveryTab_ShowsTheNoteAndNoLiteralBinding_AndThisDepartmentKeepsReviewing()
    {
        var number = await ReviewCases.AcceptAsync(_factory, "YJS-0002");
        var task = (await _factory.Get<ReviewQueries>().CaseAsync(number))!.Case.Tasks.Single(t => t.DepartmentCode == "cg");
        await _factory.Get<ReturnCaseForCorrection>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), number, task.Version, "招牌效果图（标明尺寸）");

        // On the old code: "暂不能审查" here, while the light still read 正常.
        var page = await OpenAsync("reviewer-scjg", number, "[data-testid=other-correction]");

        Assert.Contains("招牌效果图（标明尺寸）", page.Find("[data-testid=other-correction]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=not-reviewable]"));
        Assert.NotNull(page.Find("[data-testid=approve]"));
        Assert.Equal("green", page.Find("[data-testid=my-light]").GetAttribute("data-light"));
        Assert.Equal("awaitingcorrection", page.Find("[data-testid=task-cg] [data-light]").GetAttribute("data-light"));
        var tabs = page.FindAll(".mud-tab").Count;
        Assert.True(tabs >= 5, $"the review page should have its five tabs, found {tabs}");
        for (var i = 0; i < tabs; i++)
        {
            await page.FindAll(".mud-tab")[i].ClickAsync(new());
            // A parameter written without @ (Note="kase.CorrectionNote") prints its own source instead of the value.
            Assert.DoesNotMatch(LiteralBinding, page.Markup);
        }
    }

    [Fact]
    public async Task Return_ChoosingADepartmentToWait_StopsOnlyThatClock_AndItsPageShowsAwaitingCorrection()
    {
        var number = await ReviewCases.AcceptAsync(_factory, "YJS-0002");
        var page = await OpenAsync("reviewer-cg", number);

        page.Find("textarea[data-testid=opinion]").Input("消防安全布局图与招牌位置一致的说明");
        page.Find("input[data-testid=wait-xf], [data-testid=wait-xf] input").Change(true);
        await page.Find("[data-testid=return-correction]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Equal("awaitingcorrection", page.Find("[data-testid=my-light]").GetAttribute("data-light")));

        await using (var db = await _factory.DbAsync())
        {
            var tasks = await db.ReviewTasks.Where(t => t.CaseId == db.Cases.Single(c => c.CaseNumber == number).Id).ToListAsync();
            Assert.NotNull(tasks.Single(t => t.DepartmentCode == "xf").CorrectionSince);
            Assert.Null(tasks.Single(t => t.DepartmentCode == "scjg").CorrectionSince);
        }

    }

    [Fact]
    public async Task TaskChosenToWait_ShowsAwaitingCorrectionInGrey_AndNoDecision_WhileAnUnchosenDepartmentStaysGreen()
    {
        var number = await ReviewCases.AcceptAsync(_factory, "YJS-0002");
        var task = (await _factory.Get<ReviewQueries>().CaseAsync(number))!.Case.Tasks.Single(t => t.DepartmentCode == "cg");
        await _factory.Get<ReturnCaseForCorrection>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), number, task.Version, "招牌效果图", ["xf"]);

        var page = await OpenAsync("reviewer-xf", number, "[data-testid=waiting-correction]");

        var light = page.Find("[data-testid=my-light]");
        Assert.Equal("awaitingcorrection", light.GetAttribute("data-light"));
        Assert.Contains("等待补正", light.TextContent);
        Assert.Contains("#757575", light.InnerHtml);
        Assert.Empty(page.FindAll("[data-testid=approve]"));
        Assert.Equal("—", page.Find("[data-testid=my-days-left]").TextContent.Trim());
        Assert.Equal("green", page.Find("[data-testid=task-scjg] [data-light]").GetAttribute("data-light"));
    }

    [Fact]
    public async Task TwoStepItem_TheReviewerChecks_ThenCannotApproveTheirOwnCheck()
    {
        var number = await ReviewCases.AcceptAsync(_factory, "23100400SJ-XK-0007");
        var page = await OpenAsync("reviewer-scjg", number, "[data-testid=check-approve]");
        Assert.Empty(page.FindAll("[data-testid=approve]"));

        page.Find("textarea[data-testid=opinion]").Input("材料齐全，建议准予");
        await page.Find("[data-testid=check-approve]").ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=checked-by]");
        Assert.Contains("区市场监督管理局审批员", page.Find("[data-testid=checked-by]").TextContent);

        page.Find("textarea[data-testid=opinion]").Input("准予许可");
        await page.Find("[data-testid=approve]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains(Snacks, m => m.Contains("审核与审批不能由同一人完成", StringComparison.Ordinal)));
        await using var db = await _factory.DbAsync();
        Assert.Equal(CaseStatus.UnderReview, (await db.Cases.SingleAsync(c => c.CaseNumber == number)).Status);
    }

    private static readonly System.Text.RegularExpressions.Regex LiteralBinding =
        new(@"\b(kase|Model|_details|mine|other|context)\.[A-Z]\w*");

    private async Task<IRenderedComponent<ReviewCasePage>> OpenAsync(string reviewer, string number, string waitFor = "[data-testid=approve]")
    {
        await SignInAsync(await _factory.ActorAsync(reviewer));
        var page = Render<ReviewCasePage>(p => p.Add(x => x.CaseNumber, number).AddCascadingValue(new Components.ClientAddress("127.0.0.1")));
        // The first look in a class pays for a cold start (new queries compiled, new connections): more than bUnit's default second.
        await page.WaitForElementAsync(waitFor, TimeSpan.FromSeconds(15));
        return page;
    }
}
