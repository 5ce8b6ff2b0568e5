using Bunit;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>The reviewer's 事后核查 form and the inbox's list of checks, rendered with bUnit over the real use case.</summary>
public sealed class CommitmentCheckFormTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CommitmentCheckFormTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private IEnumerable<string> Snacks => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    private async Task<CommitmentCheckRow> OpenCheckAsync(string id)
    {
        var result = await CommitmentCheckFlowTests.TakeInOnCommitmentAsync(_factory, CommitmentCheckFlowTests.Person(id));
        return (await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("scjg")).Single(r => r.CaseNumber == result.CaseNumber);
    }

    [Fact]
    public async Task Broken_WithoutFindings_IsRefusedInChinese_AndTheCheckStaysOpen()
    {
        var check = await OpenCheckAsync("23100419850612041X");
        var recorded = false;
        var reviewer = await _factory.ActorAsync("reviewer-scjg");
        var form = Render<CommitmentCheckForm>(p => p
            .Add(x => x.Check, check)
            .Add(x => x.Actor, reviewer)
            .Add(x => x.OnRecorded, (DocumentRef? _) => recorded = true));

        await form.Find("[data-testid=check-broken]").ClickAsync(new());

        await form.WaitForAssertionAsync(() => Assert.Contains("请填写核查情况。", Snacks));
        Assert.False(recorded);
        await using var db = await _factory.DbAsync();
        Assert.Equal(CommitmentCheckStatus.Open, (await db.CommitmentChecks.SingleAsync(c => c.Id == check.Id)).Status);
    }

    [Fact]
    public async Task Broken_WithFindings_RecordsIt_AndHandsBackTheRevocation()
    {
        var check = await OpenCheckAsync("231004199003050522");
        DocumentRef? revocation = null;
        var reviewer = await _factory.ActorAsync("reviewer-scjg");
        var form = Render<CommitmentCheckForm>(p => p
            .Add(x => x.Check, check)
            .Add(x => x.Actor, reviewer)
            .Add(x => x.OnRecorded, (DocumentRef? d) => revocation = d));

        form.Find("textarea[data-testid=check-findings]").Input("经营场所无冷藏设施，与承诺不符");
        await form.Find("[data-testid=check-broken]").ClickAsync(new());

        await form.WaitForAssertionAsync(() => Assert.NotNull(revocation));
        Assert.Equal(CommitmentDocuments.RevocationTitle, revocation!.Title);
        Assert.Contains("已记录：核查不实，撤销决定书已出具。", Snacks);
        await using var db = await _factory.DbAsync();
        var stored = await db.CommitmentChecks.SingleAsync(c => c.Id == check.Id);
        Assert.Equal(CommitmentCheckStatus.Broken, stored.Status);
        Assert.Equal("经营场所无冷藏设施，与承诺不符", stored.Findings);
    }

    [Fact]
    public async Task InboxList_ShowsTheOpenCheck_TruthfulClosesItInPlace()
    {
        var check = await OpenCheckAsync("231004197811200630");
        var staff = await SignInAsync(await _factory.ActorAsync("reviewer-scjg"));
        var list = Render<CommitmentCheckList>(p => p.Add(x => x.DepartmentCode, "scjg").Add(x => x.Actor, staff.Actor));
        Assert.Contains("待核查", list.Find($"[data-testid=check-status-{check.CaseNumber}]").TextContent);

        await list.Find($"[data-testid=check-open-{check.CaseNumber}]").ClickAsync(new());
        list.Find($"[data-testid=check-form-{check.CaseNumber}] textarea").Input("现场核查属实");
        await list.Find($"[data-testid=check-form-{check.CaseNumber}] [data-testid=check-truthful]").ClickAsync(new());

        await list.WaitForAssertionAsync(() => Assert.Contains("核查属实", list.Find($"[data-testid=check-status-{check.CaseNumber}]").TextContent));
        Assert.Empty(list.FindAll($"[data-testid=check-open-{check.CaseNumber}]"));
        Assert.Empty(list.FindAll("[data-testid=revocation-issued]"));
    }
}
