namespace HallDesk.Web.Features.Review;

public static class ReviewServices
{
    public static IServiceCollection AddReviewFeature(this IServiceCollection services)
    {
        services.AddSingleton<CaseDesk>();
        services.AddSingleton<StageLicences>();
        services.AddSingleton<CaseNotices>();
        services.AddSingleton<ReviewQueries>();
        services.AddSingleton<ApproveReviewTask>();
        services.AddSingleton<DenyReviewTask>();
        services.AddSingleton<CheckReviewTask>();
        services.AddSingleton<ReturnCaseForCorrection>();
        services.AddSingleton<SuspendReviewTask>();
        services.AddSingleton<ResumeReviewTask>();
        services.AddSingleton<CommitmentChecks>();
        services.AddSingleton<CommitmentCheckQueries>();
        services.AddSingleton<RecordCommitmentCheck>();
        services.AddSingleton<MaterialTransfers>();
        services.AddSingleton<TransferQueries>();
        services.AddSingleton<SupplyMaterialTransfer>();
        services.AddSingleton<ConfirmMaterialTransfer>();
        return services;
    }
}
