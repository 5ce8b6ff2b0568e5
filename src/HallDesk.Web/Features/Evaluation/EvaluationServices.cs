namespace HallDesk.Web.Features.Evaluation;

public static class EvaluationServices
{
    public static IServiceCollection AddEvaluationFeature(this IServiceCollection services)
    {
        services.AddSingleton<EvaluationSettings>();
        services.AddSingleton<SubmitEvaluation>();
        services.AddSingleton<ApplyDefaultRatings>();
        services.AddSingleton<VerifyRectification>();
        services.AddSingleton<DecideInvalidClaim>();
        services.AddSingleton<FixRectification>();
        services.AddSingleton<RecordCallBack>();
        services.AddSingleton<CloseRectification>();
        services.AddSingleton<RecordFeedback>();
        services.AddSingleton<AnswerFeedback>();
        services.AddSingleton<FollowFeedback>();
        services.AddSingleton<EvaluationQueries>();
        services.AddSingleton<OfferPadPairing>();
        services.AddSingleton<PairPadDevice>();
        services.AddSingleton<UnpairRatingPad>();
        services.AddSingleton<ManagerEvaluationQueries>();
        services.AddHostedService<DefaultRatingService>();
        return services;
    }
}
