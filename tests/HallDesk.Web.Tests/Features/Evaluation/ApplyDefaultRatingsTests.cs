using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>逾期未评: a visit or case not rated in 7 days counts as 基本满意, once.</summary>
public sealed class ApplyDefaultRatingsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ApplyDefaultRatingsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task RunAsync_AfterAWeek_UnratedVisitAndCaseGetOneDefaultBasic_RatedAndFreshOnesNone_SecondRunAddsNothing()
    {
        var job = _factory.Get<ApplyDefaultRatings>();
        var old = await FinishVisitAsync(_factory, "clerk1", 3, "A");
        var rated = await FinishVisitAsync(_factory, "clerk1", 3, "A");
        await _factory.Get<SubmitEvaluation>().RateVisitAsync(await PairPadAsync(_factory, 3), rated, new SubmitEvaluation.Rating(EvaluationLevel.VerySatisfied, null, null), Pad);
        var (caseNumber, _) = await ConcludedCaseAsync(_factory);
        var firstDay = await TodayAsync(_factory);
        Assert.Equal(0, await job.RunAsync());

        _factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        var fresh = await FinishVisitAsync(_factory, "clerk1", 3, "A");
        var added = await job.RunAsync();

        Assert.Equal(2, added);
        var byDefault = Assert.Single(await VisitEvaluationsAsync(_factory, old, firstDay));
        Assert.Equal(EvaluationChannel.Default, byDefault.Channel);
        Assert.Equal(EvaluationLevel.Basic, byDefault.Level);
        Assert.Equal(3, byDefault.CounterNumber);
        Assert.Equal(EvaluationChannel.Pad, Assert.Single(await VisitEvaluationsAsync(_factory, rated, firstDay)).Channel);
        Assert.Empty(await VisitEvaluationsAsync(_factory, fresh, await TodayAsync(_factory)));
        await using (var db = await _factory.DbAsync())
        {
            var forCase = await db.Evaluations.SingleAsync(e => e.CaseNumber == caseNumber);
            Assert.Equal(EvaluationChannel.Default, forCase.Channel);
            Assert.Equal(EvaluationLevel.Basic, forCase.Level);
            Assert.False(await db.Rectifications.AnyAsync(r => r.EvaluationId == byDefault.Id || r.EvaluationId == forCase.Id));
        }

        var before = await CountAsync(_factory);
        Assert.Equal(0, await job.RunAsync());
        Assert.Equal(before, await CountAsync(_factory));
    }

    [Fact]
    public async Task RunAsync_LateJob_DatesTheDefaultWhenTheSevenDaysRanOut_NotWhenItRan()
    {
        var visit = await FinishVisitAsync(_factory, "clerk1", 3, "A");
        var day = await TodayAsync(_factory);
        var finishedAt = _factory.Clock.GetUtcNow().UtcDateTime;

        _factory.Clock.Advance(TimeSpan.FromDays(12));
        await _factory.Get<ApplyDefaultRatings>().RunAsync();

        var byDefault = Assert.Single(await VisitEvaluationsAsync(_factory, visit, day));
        Assert.Equal(EvaluationChannel.Default, byDefault.Channel);
        Assert.InRange(byDefault.CreatedAt, finishedAt.AddDays(7).AddMinutes(-1), finishedAt.AddDays(7).AddMinutes(1));
    }
}

/// <summary>The job's service: it runs at start and then every Evaluation:DefaultRatingMinutes, or never when that is 0.</summary>
public sealed class DefaultRatingServiceTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DefaultRatingServiceTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(60, 1)]
    public async Task TheService_RunsAtStartUnlessItsMinutesAreZero(int minutes, int expected)
    {
        var finished = await FinishVisitAsync(_factory, "clerk1", 3, "A");
        var day = await TodayAsync(_factory);
        _factory.Clock.Advance(TimeSpan.FromDays(8));
        var settings = new EvaluationSettings(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Evaluation:DefaultRatingMinutes"] = $"{minutes}" }).Build());
        using var service = new DefaultRatingService(_factory.Get<ApplyDefaultRatings>(), settings, _factory.Clock, NullLogger<DefaultRatingService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.FirstRun;
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(expected, (await VisitEvaluationsAsync(_factory, finished, day)).Count);
    }
}
