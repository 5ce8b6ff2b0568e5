using Bunit;
using HallDesk.Domain;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>Pairing counters' rating pads (the demo pairs counter N with amNN).</summary>
public sealed class PairRatingPadTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public PairRatingPadTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Pair_NewCode_ThePadFindsItsCounter_TheOldCodeNoLonger_AndItIsAudited()
    {
        var code = await PairAsync(8, " Hall08X ");

        Assert.Equal("hall08x", code);
        Assert.Equal(8, (await _factory.Get<EvaluationQueries>().PadAsync("HALL08X"))!.CounterNumber);
        Assert.Null(await _factory.Get<EvaluationQueries>().PadAsync("am08"));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "counter.pad" && a.Subject == "AM-8" && a.Actor == "manager"));
    }

    [Fact]
    public async Task Pair_CodeOfAnotherCounterOrMalformed_IsRefused_AndNothingChanges()
    {
        var taken = await Assert.ThrowsAsync<DomainException>(() => PairAsync(2, "am01"));
        var malformed = await Assert.ThrowsAsync<DomainException>(() => PairAsync(2, "am-2"));
        var noCounter = await Assert.ThrowsAsync<DomainException>(() => PairAsync(99, "am99"));

        Assert.Contains("已被其他窗口使用", taken.Message, StringComparison.Ordinal);
        Assert.Contains("4–16", malformed.Message, StringComparison.Ordinal);
        Assert.Contains("99", noCounter.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await _factory.Get<EvaluationQueries>().PadAsync("am02"))!.CounterNumber);
    }

    [Fact]
    public async Task Pair_Empty_UnpairsTheCounter()
    {
        Assert.Null(await PairAsync(7, ""));

        Assert.Null(await _factory.Get<EvaluationQueries>().PadAsync("am07"));
        Assert.Null((await _factory.Get<ManagerEvaluationQueries>().PadsAsync("AM")).Single(p => p.CounterNumber == 7).PadCode);
    }

    [Fact]
    public async Task PadsPage_ListsEachCounterWithItsPadLink_AndSavesANewCode()
    {
        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<ManagerPadsPage>();
        await page.WaitForElementAsync("[data-testid=pad-link-1]");
        Assert.Equal("pad/am01", page.Find("[data-testid=pad-link-1]").GetAttribute("href"));

        page.Find("[data-testid=pad-code-6]").Change("desk06");
        await page.Find("[data-testid=pad-save-6]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("/pad/desk06", page.Find("[data-testid=pad-link-6]").TextContent.Trim()));
        Assert.Equal(6, (await _factory.Get<EvaluationQueries>().PadAsync("desk06"))!.CounterNumber);
    }

    private async Task<string?> PairAsync(int counter, string code) =>
        await _factory.Get<PairRatingPad>().HandleAsync(new PairRatingPad.Command("AM", counter, code), await _factory.ActorAsync("manager"));
}
