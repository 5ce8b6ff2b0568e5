namespace HallDesk.Domain.Evaluations;

/// <summary>好差评 figures of a set of evaluations and rectifications.</summary>
public sealed record SatisfactionFigures(int Total, int Good, int Bad, int Defaults, double SatisfactionRate, double BadRate, int Rectifications, int ClosedOnTime, double OnTimeRate)
{
    /// <summary>Satisfaction = (非常满意 + 满意) / all; bad-review rate = (不满意 + 非常不满意) / all; on time = closed by the deadline / all orders.</summary>
    public static SatisfactionFigures Of(IReadOnlyCollection<EvaluationLevel> levels, int defaults, IReadOnlyCollection<bool> rectificationsClosedOnTime)
    {
        var total = levels.Count;
        var good = levels.Count(EvaluationTerms.IsGood);
        var bad = levels.Count(EvaluationTerms.IsBad);
        var orders = rectificationsClosedOnTime.Count;
        var onTime = rectificationsClosedOnTime.Count(x => x);
        return new SatisfactionFigures(
            total,
            good,
            bad,
            defaults,
            total == 0 ? 0 : (double)good / total,
            total == 0 ? 0 : (double)bad / total,
            orders,
            onTime,
            orders == 0 ? 0 : (double)onTime / orders);
    }
}
