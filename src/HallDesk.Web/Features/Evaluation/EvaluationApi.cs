using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Features.Evaluation;

public static class EvaluationApi
{
    public const int MaxBodyBytes = 4096;

    public sealed record EvaluationRequest(string? Token, int? Level, List<string>? Indicators, string? Comment);

    public static RouteGroupBuilder MapEvaluationApi(this RouteGroupBuilder api)
    {
        api.MapPost("/evaluations", async (HttpContext http, SubmitEvaluation submit, CancellationToken ct) =>
            {
                var body = await ApiProblems.ReadJsonAsync<EvaluationRequest>(http.Request, MaxBodyBytes, ct);
                if (body.Problem is not null)
                {
                    return body.Problem;
                }

                var request = body.Value!;
                if (request.Level is not (>= 1 and <= 5))
                {
                    return ApiProblems.Invalid("level", "评价等级必须是 1（非常不满意）到 5（非常满意）之间的整数。");
                }

                // A comment that is too long is a malformed request (400), not a conflict with the case's state (409).
                if ((request.Comment?.Trim().Length ?? 0) > EvaluationTerms.MaxComment)
                {
                    return ApiProblems.Invalid("comment", $"评价内容不能超过 {EvaluationTerms.MaxComment} 字（现在 {request.Comment!.Trim().Length} 字）。");
                }

                var id = await submit.RateCaseAsync(request.Token ?? "", new SubmitEvaluation.Rating((EvaluationLevel)request.Level.Value, request.Indicators, request.Comment), EvaluationChannel.Web, http.Connection.RemoteIpAddress?.ToString(), ct);
                return Results.Created($"/api/v1/evaluations/{id}", new { id, level = request.Level, levelName = EvaluationTerms.Label((EvaluationLevel)request.Level.Value) });
            })
            .WithName("SubmitEvaluation")
            .WithSummary("网上评价（回执二维码上的令牌，一事一评）")
            .Accepts<EvaluationRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/feedback/{number}", async (string number, string? phoneLast4, FollowFeedback follow, CancellationToken ct) =>
                await follow.HandleAsync(number, phoneLast4 ?? "", ct) is { } progress
                    ? Results.Ok(progress)
                    : ApiProblems.NotFound("没有找到与该诉求编号和手机号后四位相符的诉求。"))
            .WithName("FollowFeedback")
            .WithSummary("诉求办理进度（诉求编号 + 手机号后四位）");

        api.MapGet("/evaluations/export", async (DateOnly from, DateOnly to, bool? authorised, EvaluationQueries queries, CancellationToken ct) =>
            {
                if (to < from || to.DayNumber - from.DayNumber > 366)
                {
                    return ApiProblems.Invalid("to", "导出区间须在一年以内，且结束日期不早于开始日期。");
                }

                var start = Infrastructure.HallTime.StartOfDayUtc(from);
                var end = Infrastructure.HallTime.StartOfDayUtc(to.AddDays(1));
                return Results.Ok(await queries.ExportAsync(start, end, authorised == true, ct));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin))
            .WithName("ExportEvaluations")
            .WithSummary("好差评数据导出（省级平台格式，需大厅负责人登录）");
        return api;
    }
}
