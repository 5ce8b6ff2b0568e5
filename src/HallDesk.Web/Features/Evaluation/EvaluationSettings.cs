namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// Evaluation:RectificationDays (5), Evaluation:DefaultAfterDays (7), Evaluation:FeedbackDays (5), and
/// Evaluation:DefaultRatingMinutes (60): how often the default ratings are given (0 turns the job off).
/// </summary>
public sealed class EvaluationSettings(IConfiguration configuration)
{
    public int RectificationDays { get; } = configuration.GetValue("Evaluation:RectificationDays", 5);

    public int DefaultAfterDays { get; } = configuration.GetValue("Evaluation:DefaultAfterDays", 7);

    public int FeedbackDays { get; } = configuration.GetValue("Evaluation:FeedbackDays", 5);

    public int DefaultRatingMinutes { get; } = configuration.GetValue("Evaluation:DefaultRatingMinutes", 60);
}
