using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

public static class EvaluationApi
{
    public const int MaxBodyBytes = 4096;

    public sealed record EvaluationRequest(string? Token, string? PhoneLast4, int? Level, List<string>? Indicators, string? Comment);

    /// <summary>The evaluation stored: its id, the level and the level's name.</summary>
    public sealed record EvaluationCreated(long Id, int Level, string LevelName);

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

                var id = await submit.RateCaseAsync(request.Token ?? "", request.PhoneLast4 ?? "",
                    new SubmitEvaluation.Rating((EvaluationLevel)request.Level.Value, request.Indicators, request.Comment), EvaluationChannel.Web,
                    http.Connection.RemoteIpAddress?.ToString(), ct);
                return Results.Created($"/api/v1/evaluations/{id}", new EvaluationCreated(id, request.Level.Value, Texts.Label((EvaluationLevel)request.Level.Value)));
            })
            .WithName("SubmitEvaluation")
            .WithSummary("网上评价（回执二维码上的令牌 + 申请人手机号后四位，一事一评）")
            .AcceptsJson<EvaluationRequest>(MaxBodyBytes)
            .Produces<EvaluationCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/feedback/{number}", async (string number, string? phoneLast4, FollowFeedback follow, CancellationToken ct) =>
                await follow.HandleAsync(number, phoneLast4 ?? "", ct) switch
                {
                    { RetryAfter: { } retry } => throw new Infrastructure.TooManyAttemptsException(retry),
                    { Value: { } progress } => Results.Ok(progress),
                    _ => ApiProblems.NotFound("没有找到与该诉求编号和手机号后四位相符的诉求。"),
                })
            .WithName("FollowFeedback")
            .WithSummary("诉求办理进度（诉求编号 + 手机号后四位；同一编号每小时最多错 5 次）")
            .Produces<FeedbackProgress>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/evaluations/export", ExportAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin, Roles.DistrictManager))
            .WithName("ExportEvaluations")
            .WithSummary("好差评数据导出（省级平台格式；大厅负责人限本大厅，区级可选大厅；实名需区级权限；每次导出留痕）")
            .Produces<IReadOnlyList<EvaluationExport>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <summary>
    /// A hall manager exports their own hall only; district roles any hall or all. Names are masked unless a district role
    /// asks for them (<c>authorised=true</c>). Every export, and every refusal, is audited with its filter.
    /// </summary>
    private static async Task<IResult> ExportAsync(DateOnly from, DateOnly to, string? hall, bool? authorised, HttpContext http,
        EvaluationQueries queries, NeedToKnow needToKnow, AuditWriter audit, CancellationToken ct)
    {
        if (!Infrastructure.DateLimits.Contains(from) || !Infrastructure.DateLimits.Contains(to))
        {
            return ApiProblems.Invalid(Infrastructure.DateLimits.Contains(from) ? "to" : "from", Texts.Error(Infrastructure.DateLimits.OutOfRange));
        }

        if (to < from || to.DayNumber - from.DayNumber > 366)
        {
            return ApiProblems.Invalid("to", "导出区间须在一年以内，且结束日期不早于开始日期。");
        }

        var who = await needToKnow.MemberAsync(http.User, http.Connection.RemoteIpAddress?.ToString(), ct);
        var wanted = string.IsNullOrWhiteSpace(hall) ? (who.IsDistrict ? null : who.HallCode) : hall.Trim().ToUpperInvariant();
        var named = authorised == true;
        var filter = $"{wanted ?? "全部大厅"}/{from:yyyy-MM-dd}~{to:yyyy-MM-dd}";
        var refusal = !who.IsDistrict && wanted != who.HallCode ? "只能导出本大厅的评价数据。"
            : named && !who.IsDistrict ? "导出申请人实名需要区级管理权限。"
            : null;
        if (refusal is not null)
        {
            await audit.WriteAsync(who.UserName, "evaluation.export", filter, $"{(named ? "实名" : "脱敏")}；{refusal}", who.Address, AuditOutcome.Denied, ct);
            return Results.Problem(title: "无权访问", detail: refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        var start = Infrastructure.HallTime.StartOfDayUtc(from);
        var end = Infrastructure.HallTime.StartOfDayUtc(to.AddDays(1));
        var records = await queries.ExportAsync(wanted, start, end, named, ct);
        await audit.WriteAsync(who.UserName, "evaluation.export", filter, $"{(named ? "实名" : "脱敏")}；{records.Count} 条", who.Address, ct);
        return Results.Ok(records);
    }
}
