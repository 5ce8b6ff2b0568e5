namespace HallDesk.Web.Features.Evaluation;

public static class EvaluationServices
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddSingleton<EvaluationSettings>();
        services.AddSingleton<SubmitEvaluation>();
        services.AddSingleton<ApplyDefaultRatings>();
        services.AddSingleton<WorkRectification>();
        services.AddSingleton<FeedbackDesk>();
        services.AddSingleton<EvaluationQueries>();
        services.AddSingleton<OfferPadPairing>();
        services.AddSingleton<PairPadDevice>();
        services.AddSingleton<UnpairRatingPad>();
        services.AddSingleton<ManagerEvaluationQueries>();
        services.AddHostedService<DefaultRatingService>();
        return services;
    }
}
