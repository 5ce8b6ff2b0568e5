using Bunit;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>The public 办件评价 page behind the receipt's QR code, over the real use case and a real SQLite file.</summary>
public sealed class EvaluatePageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public EvaluatePageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task GoodLevel_IsWrittenAsQrCodeRating_AuditedWithTheAddress_ThanksShown_NoPersonalDataOnThePage()
    {
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);
        var page = Render<EvaluatePage>(p => p.Add(x => x.Token, token).AddCascadingValue(new Components.ClientAddress("198.51.100.4")));
        page.Find("input[data-testid=eval-phone]").Change("5678");
        Assert.True(page.Find("[data-testid=eval-submit]").HasAttribute("disabled"));

        await page.Find("[data-testid=eval-level-5]").ClickAsync(new());
        Assert.Empty(page.FindAll("[data-testid^=eval-indicator-]"));
        await page.Find("[data-testid=eval-submit]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=eval-thanks]");
        await using var db = await _factory.DbAsync();
        var rating = await db.Evaluations.SingleAsync(e => e.CaseNumber == caseNumber);
        Assert.Equal(EvaluationLevel.VerySatisfied, rating.Level);
        Assert.Equal(EvaluationChannel.QrCode, rating.Channel);
        Assert.Equal("198.51.100.4", (await db.AuditEntries.SingleAsync(a => a.Action == "evaluation" && a.Subject == caseNumber)).Address);
        Assert.DoesNotContain("张建华", page.Markup);
        Assert.DoesNotContain("13812345678", page.Markup);
        Assert.DoesNotContain(caseNumber, page.Markup);
    }

    [Fact]
    public async Task BadLevel_OffersOnlineIndicators_AndNeedsOne_ThenOpensARectification()
    {
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);
        var page = Render<EvaluatePage>(p => p.Add(x => x.Token, token));
        page.Find("input[data-testid=eval-phone]").Change("5678");

        await page.Find("[data-testid=eval-level-1]").ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=eval-indicator-3]");
        Assert.Equal("平台操作性", page.Find("[data-testid=eval-indicator-3]").TextContent.Trim());
        await page.Find("[data-testid=eval-submit]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Contains("请选择不满意的方面", page.Find("[data-testid=eval-error]").TextContent));

        await page.Find("[data-testid=eval-indicator-0]").ClickAsync(new());
        await page.Find("[data-testid=eval-submit]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=eval-thanks]");
        await using var db = await _factory.DbAsync();
        var rating = await db.Evaluations.SingleAsync(e => e.CaseNumber == caseNumber);
        Assert.Equal(["办事效率"], rating.Indicators);
        Assert.True(await db.Rectifications.AnyAsync(r => r.EvaluationId == rating.Id));
    }

    [Fact]
    public async Task CaseAlreadyRated_SaysSoAtOnce_WithoutTheForm()
    {
        var (_, token) = await ConcludedCaseAsync(_factory);
        await _factory.Get<SubmitEvaluation>().RateCaseAsync(token, "5678", new SubmitEvaluation.Rating(EvaluationLevel.Satisfied, null, null));

        var page = Render<EvaluatePage>(p => p.Add(x => x.Token, token));

        await page.WaitForAssertionAsync(() => Assert.Contains("一事一评", page.Find("[data-testid=eval-closed]").TextContent));
        Assert.Empty(page.FindAll("input[data-testid=eval-phone]"));
        Assert.Empty(page.FindAll("[data-testid=eval-submit]"));
    }

    [Fact]
    public async Task RefusedCase_CanBeRatedOnline_LikeAnyOutcome()
    {
        var refused = await _factory.Get<HallDesk.Web.Features.Intake.TakeInApplication>().HandleAsync(
            new HallDesk.Web.Features.Intake.TakeInApplication.Command(Documents.DocumentCases.Zhang, Documents.DocumentCases.SoleTrader, [], HallDesk.Web.Features.Intake.IntakeDecision.Reject, "",
                null, RejectGround: HallDesk.Domain.Cases.RejectionGround.NotLicensingMatter),
            await _factory.ActorAsync("clerk1"));
        await using var db = await _factory.DbAsync();
        var token = await db.Cases.Where(c => c.CaseNumber == refused.CaseNumber).Select(c => c.EvaluationToken).SingleAsync();
        var page = Render<EvaluatePage>(p => p.Add(x => x.Token, token));
        Assert.Empty(page.FindAll("[data-testid=eval-closed]"));
        page.Find("input[data-testid=eval-phone]").Change("5678");

        await page.Find("[data-testid=eval-level-2]").ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=eval-indicator-0]");
        await page.Find("[data-testid=eval-indicator-0]").ClickAsync(new());
        await page.Find("[data-testid=eval-submit]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=eval-thanks]");
        Assert.True(await db.Evaluations.AnyAsync(e => e.CaseNumber == refused.CaseNumber && e.Level == EvaluationLevel.Dissatisfied));
    }

    [Fact]
    public async Task UnknownToken_ShowsTheInvalidLinkMessage_WritesNothing()
    {
        var before = await CountAsync(_factory);
        var page = Render<EvaluatePage>(p => p.Add(x => x.Token, "no-such-token"));
        page.Find("input[data-testid=eval-phone]").Change("5678");

        await page.Find("[data-testid=eval-level-3]").ClickAsync(new());
        await page.Find("[data-testid=eval-submit]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains("评价链接无效", page.Find("[data-testid=eval-error]").TextContent));
        Assert.Equal(before, await CountAsync(_factory));
    }

    [Fact]
    public async Task TokenWithWrongPhoneDigits_GetsTheSameAnswerAsAnUnknownToken_WritesNothing()
    {
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);
        var page = Render<EvaluatePage>(p => p.Add(x => x.Token, token));
        page.Find("input[data-testid=eval-phone]").Change("0000");

        await page.Find("[data-testid=eval-level-5]").ClickAsync(new());
        await page.Find("[data-testid=eval-submit]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal(Texts.Error(SubmitEvaluation.InvalidLink), page.Find("[data-testid=eval-error]").TextContent.Trim()));
        await using var db = await _factory.DbAsync();
        Assert.False(await db.Evaluations.AnyAsync(e => e.CaseNumber == caseNumber));
    }
}
