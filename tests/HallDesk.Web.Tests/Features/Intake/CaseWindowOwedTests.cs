using Bunit;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>The window's case panel over the real app: 容缺 cases listed, an overdue promise alerted, the owed material received.</summary>
public sealed class CaseWindowOwedTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CaseWindowOwedTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task OwedPastItsDay_AlertsTheWindow_AndReceivingItClearsTheAlert()
    {
        var clerk = await _factory.ActorAsync("clerk1");
        var taken = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Hongfu, "23100400SJ-XK-0001", ["application-spjy", "legal-rep-id", "equipment-layout-spjy"],
                IntakeDecision.Accept, Owed: ["food-safety-rules-spjy"], OwedBy: new DateOnly(2026, 12, 2)),
            clerk);
        await SignInAsync(clerk);
        // Two days on, the promised day has passed.
        _factory.Clock.Advance(TimeSpan.FromDays(2));

        var panel = Render<CaseWindowPanel>(p => p.Add(x => x.Actor, clerk).Add(x => x.HallCode, "AM"));

        var alert = await panel.WaitForElementAsync("[data-testid=owed-overdue]");
        Assert.Contains($"{taken.CaseNumber}（2026-12-02）", alert.TextContent);
        await panel.Find($"[data-testid=owed-{taken.CaseNumber}]").ClickAsync(new());
        var owed = await panel.WaitForElementAsync("[data-testid=window-owed]");
        Assert.Contains("食品安全自查", owed.TextContent);
        await panel.Find("input[data-testid=material-check-food-safety-rules-spjy]").ChangeAsync(new() { Value = true });
        await panel.Find("[data-testid=receive-owed]").ClickAsync(new());

        await panel.WaitForAssertionAsync(() => Assert.Empty(panel.FindAll("[data-testid=owed-overdue]")));
        Assert.Empty(panel.FindAll("[data-testid=window-owed]"));
    }
}
