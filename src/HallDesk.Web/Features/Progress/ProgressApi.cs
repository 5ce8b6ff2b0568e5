using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Features.Progress;

public static class ProgressApi
{
    public static RouteGroupBuilder MapProgressApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseNumber}", async (string caseNumber, string? phoneLast4, CaseProgressQuery query, CancellationToken ct) =>
            {
                if (phoneLast4 is null || phoneLast4.Length != 4 || !phoneLast4.All(char.IsAsciiDigit))
                {
                    return ApiProblems.Invalid("phoneLast4", "请输入申请时所留手机号的后四位数字。");
                }

                return await query.FindAsync(caseNumber, phoneLast4, ct) switch
                {
                    { RetryAfter: { } retry } => throw new Infrastructure.TooManyAttemptsException(retry),
                    { Value: { } progress } => Results.Ok(progress),
                    _ => ApiProblems.NotFound(CaseProgressQuery.NoMatch),
                };
            })
            .WithName("GetCaseProgress")
            .WithSummary("办件进度查询（办件编号 + 手机号后四位；同一编号每小时最多错 5 次）")
            .Produces<CaseProgress>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }
}
