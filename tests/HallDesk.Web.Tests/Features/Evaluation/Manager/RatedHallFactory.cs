using HallDesk.Domain.Evaluations;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>
/// The demo hall with five case ratings given on 2026-12-01, once per factory:
/// 个体工商户设立登记 (市场监管) 非常满意, 非常满意, 基本满意; 户外招牌设置审批 (城管) 满意, 不满意.
/// By hand: 5 ratings, 3 good → 满意率 60%; 1 bad → 差评率 20%; one rectification order, still open → 按期整改率 0%.
/// 市场监管: 2 of 3 good → 66.7%, no bad; 城管: 1 of 2 good → 50%, 1 of 2 bad → 50%.
/// </summary>
public sealed class RatedHallFactory : HallDeskFactory
{
    private readonly Lazy<Task<(DateTime FromUtc, DateTime ToUtc)>> _seed;

    public RatedHallFactory() => _seed = new(SeedAsync);

    /// <summary>The instants around the five ratings, for a query that sees exactly them.</summary>
    public Task<(DateTime FromUtc, DateTime ToUtc)> RatedAsync() => _seed.Value;

    private async Task<(DateTime FromUtc, DateTime ToUtc)> SeedAsync()
    {
        var from = Clock.GetUtcNow().UtcDateTime;
        await RatedCases.RateAsync(this, RatedCases.SoleTrader, EvaluationLevel.VerySatisfied);
        await RatedCases.RateAsync(this, RatedCases.SoleTrader, EvaluationLevel.VerySatisfied);
        await RatedCases.RateAsync(this, RatedCases.SoleTrader, EvaluationLevel.Basic);
        await RatedCases.RateAsync(this, RatedCases.Signboard, EvaluationLevel.Satisfied);
        await RatedCases.RateAsync(this, RatedCases.Signboard, EvaluationLevel.Dissatisfied);
        return (from, Clock.GetUtcNow().UtcDateTime);
    }
}
