using Bunit;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Agency;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Agency;

/// <summary>The agency page: the point and its hall, the window's intake, and the point's own submissions only.</summary>
public sealed class AgencyPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public AgencyPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Page_ShowsThePointTheIntake_AndListsOnlyItsOwnSubmissionsMarked帮办代办()
    {
        var own = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Zhang, AgencyIntakeTests.Dibao, AgencyIntakeTests.DibaoMaterials, IntakeDecision.Accept),
            await _factory.ActorAsync("agent-xy01"));
        var other = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Zhang, AgencyIntakeTests.Dibao, AgencyIntakeTests.DibaoMaterials, IntakeDecision.Accept),
            await _factory.ActorAsync("agent-sdg01"));
        await SignInAsync(await _factory.ActorAsync("agent-xy01"));

        var page = Render<AgencyPage>();
        await page.WaitForElementAsync("[data-testid=agency-name]");

        Assert.Contains("向阳社区代办点", page.Find("[data-testid=agency-name]").TextContent);
        Assert.Contains("向阳街道便民服务中心", page.Find("[data-testid=agency-hall]").TextContent);
        Assert.NotNull(page.Find("[data-testid=intake]"));

        page.FindAll(".mud-tab")[1].Click();
        await page.WaitForElementAsync($"[data-testid=agency-case-{own.CaseNumber}]");
        Assert.Contains("帮办代办", page.Find($"[data-testid=agency-case-{own.CaseNumber}]").TextContent);
        Assert.Equal("向阳街道便民服务中心", page.Find($"[data-testid=agency-reviewer-{own.CaseNumber}]").TextContent);
        Assert.Equal("审查中", page.Find($"[data-testid=agency-status-{own.CaseNumber}]").TextContent);
        Assert.Empty(page.FindAll($"[data-testid=agency-case-{other.CaseNumber}]"));
    }

    [Fact]
    public async Task Page_ForAnAccountOfNoPoint_SaysSo()
    {
        await SignInAsync(await _factory.ActorAsync("clerk1"));

        var page = Render<AgencyPage>();

        await page.WaitForElementAsync("[data-testid=agency-none]");
    }
}
