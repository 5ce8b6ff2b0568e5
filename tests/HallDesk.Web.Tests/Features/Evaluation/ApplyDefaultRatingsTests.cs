using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>逾期未评: a visit or case not rated in 7 days counts as 基本满意, once.</summary>
public sealed class ApplyDefaultRatingsTests : IClassFixture<ApplyDefaultRatingsTests.Factory>
{
    private readonly Factory _factory;

    public ApplyDefaultRatingsTests(Factory factory) => _factory = factory;

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

    /// <summary>The app without its hourly default-rating service: moving the clock a week on would fire it alongside the test's own run.</summary>
    public sealed class Factory : HallDeskFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DefaultRatingService)).ToList())
                {
                    services.Remove(hosted);
                }
            });
        }
    }
}
