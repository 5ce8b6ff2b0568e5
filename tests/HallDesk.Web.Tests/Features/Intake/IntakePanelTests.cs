using Bunit;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>The intake workspace rendered with bUnit over the real catalog, registry and use case.</summary>
public sealed class IntakePanelTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public IntakePanelTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task WrongCheckDigit_ShowsTheErrorAtTheIdField()
    {
        var clerk = await _factory.ActorAsync("clerk1");
        var panel = Render<IntakePanel>(p => p.Add(x => x.Actor, clerk));

        await panel.Find("input[data-testid=applicant-id]").ChangeAsync(new() { Value = "231004196803120311" });

        await panel.WaitForAssertionAsync(() => Assert.Contains("校验位不正确", panel.Markup));
    }

    [Fact]
    public async Task LicenceHolder_PickedByPinyin_ChecklistMarksLicenceAndSharedMaterials_AcceptGivesCaseNumber()
    {
        var clerk = await _factory.ActorAsync("clerk1");
        var panel = Render<IntakePanel>(p => p.Add(x => x.Actor, clerk));
        await panel.Find("input[data-testid=applicant-name]").ChangeAsync(new() { Value = "张建华" });
        await panel.Find("input[data-testid=applicant-id]").ChangeAsync(new() { Value = "231004196803120310" });
        await panel.Find("input[data-testid=applicant-phone]").ChangeAsync(new() { Value = "13812345678" });
        await panel.WaitForElementAsync("[data-testid=licences-found]");

        await panel.Find("input[data-testid=subject-search]").InputAsync(new() { Value = "gtgs" });
        // The search waits 250 ms after typing; on the app's fake clock that time must be let pass.
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var hit = await panel.WaitForElementAsync("[data-testid=subject-hit-23100400SJ-XK-0002]");
        await hit.ClickAsync(new());
        await panel.WaitForElementAsync("[data-testid=checklist]");

        Assert.Equal("FromLicence", panel.Find("[data-testid=material-id-card]").GetAttribute("data-state"));
        Assert.Equal("FromDepartment", panel.Find("[data-testid=material-premises-proof]").GetAttribute("data-state"));
        Assert.Equal("Missing", panel.Find("[data-testid=material-application-gtgs]").GetAttribute("data-state"));
        Assert.True(panel.Find("[data-testid=intake-accept]").HasAttribute("disabled"));

        await panel.Find("input[data-testid=material-check-application-gtgs]").ChangeAsync(new() { Value = true });
        await panel.WaitForAssertionAsync(() => Assert.False(panel.Find("[data-testid=intake-accept]").HasAttribute("disabled")));
        await panel.Find("[data-testid=intake-accept]").ClickAsync(new());

        var number = (await panel.WaitForElementAsync("[data-testid=case-number]")).TextContent;
        await using var db = await _factory.DbAsync();
        var saved = await db.Cases.SingleAsync(c => c.CaseNumber == number);
        Assert.Equal(CaseStatus.Concluded, saved.Status);
        Assert.Equal("张建华", saved.ApplicantName);
    }
}
