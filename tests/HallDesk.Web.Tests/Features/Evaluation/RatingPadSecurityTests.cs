using Bunit;
using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>
/// Who may be a rating pad: only a browser paired to the counter (its device secret), never one that merely knows
/// an address, nor one whose pairing was withdrawn, nor a browser signed in as staff.
/// </summary>
public sealed class RatingPadSecurityTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public RatingPadSecurityTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("forged-or-revoked-secret")]
    public async Task UnpairedBrowser_IsSentToPairing_AndHearsNothingWhenItsCounterFinishes(string? secret)
    {
        await PairPadAsync(_factory, 1);
        // Even the old address of counter 1's pad: the address says nothing, the pairing does.
        var pad = Render<RatingPadPage>(p => p.Add(x => x.Code, "am01").AddCascadingValue(new PadDevice(secret)));

        await pad.WaitForElementAsync("[data-testid=pad-unpaired]");
        Assert.EndsWith("/pad/pair", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        var number = await FinishVisitAsync(_factory, "clerk1", 1, "A");

        Assert.Empty(pad.FindAll("[data-testid=pad-prompt]"));
        Assert.Empty(pad.FindAll("[data-testid=pad-clerk]"));
        Assert.DoesNotContain(number, pad.Markup, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => _factory.Get<SubmitEvaluation>().RateVisitAsync(
            secret, number, new SubmitEvaluation.Rating(EvaluationLevel.VeryDissatisfied, ["服务态度"], null), Pad));
        Assert.Equal("Pad.DeviceNotPaired", refused.Text.Key);
        Assert.Empty(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
    }

    [Fact]
    public async Task PadUnpairedWhileOpen_GetsNoPromptForTheNextFinish_AndItsSecretNoLongerRates()
    {
        var secret = await PairPadAsync(_factory, 4);
        await _factory.Get<OpenCounter>().HandleAsync(await _factory.ActorAsync("clerk2"), "AM", 4);
        var pad = RenderPad(secret);
        await pad.WaitForElementAsync("[data-testid=pad-idle]");

        await _factory.Get<UnpairRatingPad>().HandleAsync(new UnpairRatingPad.Command("AM", 4), await _factory.ActorAsync("manager"));
        var number = await FinishVisitAsync(_factory, "clerk2", 4, "A");

        await pad.WaitForAssertionAsync(() => Assert.EndsWith("/pad/pair", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Empty(pad.FindAll("[data-testid=pad-prompt]"));
        await Assert.ThrowsAsync<NotFoundException>(() => _factory.Get<SubmitEvaluation>().RateVisitAsync(
            secret, number, new SubmitEvaluation.Rating(EvaluationLevel.Satisfied, null, null), Pad));
        Assert.Empty(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
    }

    [Fact]
    public async Task StaffSignedInBrowser_IsNoPad_EvenWithAPadSecret_AndTheClerkCannotRateTheirOwnService()
    {
        var secret = await PairPadAsync(_factory, 2);
        var clerk = await _factory.ActorAsync("clerk4");
        SignIn(clerk, Data.Roles.Clerk);
        var pad = RenderPad(secret);
        await pad.WaitForElementAsync("[data-testid=pad-staff-signed-in]");

        var number = await FinishVisitAsync(_factory, "clerk4", 2, "A");

        Assert.Empty(pad.FindAll("[data-testid=pad-prompt]"));
        await Assert.ThrowsAsync<DomainException>(() => _factory.Get<SubmitEvaluation>().RateVisitAsync(
            secret, number, new SubmitEvaluation.Rating(EvaluationLevel.VerySatisfied, null, null), clerk));
        Assert.Empty(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
    }

    private IRenderedComponent<RatingPadPage> RenderPad(string secret) =>
        Render<RatingPadPage>(p => p.AddCascadingValue(new PadDevice(secret)).AddCascadingValue(new ClientAddress(PadAddress)));
}
