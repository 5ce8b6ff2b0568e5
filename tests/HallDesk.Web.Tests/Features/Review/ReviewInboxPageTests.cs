using System.Globalization;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>The reviewer's inbox rendered with bUnit over the real queries and a real SQLite file.</summary>
public sealed class ReviewInboxPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ReviewInboxPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Inbox_ListsOwnDepartmentsAcceptedCaseWithGreenLight_NotAnotherDepartmentsCase()
    {
        var mine = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var theirs = await ReviewCases.AcceptAsync(_factory, ReviewCases.PropertyTransfer);
        SignIn(await _factory.ActorAsync("reviewer-scjg"), Roles.Reviewer);

        var page = Render<ReviewInboxPage>();

        await page.WaitForElementAsync($"[data-testid=inbox-row-{mine}]");
        Assert.Equal("green", page.Find($"[data-testid=light-{mine}] [data-light]").GetAttribute("data-light"));
        Assert.Contains("正常", page.Find($"[data-testid=light-{mine}]").TextContent);
        Assert.Empty(page.FindAll($"[data-testid=inbox-row-{theirs}]"));
        Assert.Contains("区市场监督管理局", page.Find("[data-testid=department-name]").TextContent);
        Assert.Contains("食品经营许可", page.Find($"[data-testid=inbox-row-{mine}]").TextContent);
        Assert.Equal($"review/{mine}", page.Find($"[data-testid=inbox-row-{mine}] a").GetAttribute("href"));
        Assert.Equal("true", page.Find("[data-interactive]").GetAttribute("data-interactive"));
    }

    [Fact]
    public async Task LightChips_CountOpenCases_AndClickingOneFiltersByThatLight()
    {
        var mine = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        SignIn(await _factory.ActorAsync("reviewer-scjg"), Roles.Reviewer);
        var page = Render<ReviewInboxPage>();
        await page.WaitForElementAsync($"[data-testid=inbox-row-{mine}]");
        Assert.True(int.Parse(page.Find("[data-testid=inbox-count-green]").TextContent, CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("0", page.Find("[data-testid=inbox-count-red]").TextContent);

        await page.Find("[data-testid=inbox-filter-light-red]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll($"[data-testid=inbox-row-{mine}]")));
        await page.Find("[data-testid=inbox-filter-light-red]").ClickAsync(new());
        await page.WaitForElementAsync($"[data-testid=inbox-row-{mine}]");
    }

    [Fact]
    public async Task DecidedFilter_ShowsTheDecidedCase_OpenFilterNoLonger()
    {
        var reviewer = await _factory.ActorAsync("reviewer-scjg");
        var number = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        var task = (await _factory.Get<ReviewQueries>().CaseAsync(number))!.Case.Tasks.Single();
        await _factory.Get<ApproveReviewTask>().HandleAsync(reviewer, number, task.Version, "准予许可");
        SignIn(reviewer, Roles.Reviewer);
        var page = Render<ReviewInboxPage>();
        await page.WaitForElementAsync("[data-testid=inbox-total]");
        Assert.Empty(page.FindAll($"[data-testid=inbox-row-{number}]"));

        await page.Find("[data-testid=inbox-filter-decided]").ClickAsync(new());

        await page.WaitForElementAsync($"[data-testid=inbox-row-{number}]");
        Assert.Contains("已办结", page.Find($"[data-testid=inbox-row-{number}]").TextContent);
        Assert.Equal("none", page.Find($"[data-testid=light-{number}] [data-light]").GetAttribute("data-light"));
    }
}
