using HallDesk.Domain;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Diagnostics;

namespace HallDesk.Web.Infrastructure;

/// <summary>Turns rule and input failures of API calls into Chinese problem details; nothing was written when they are thrown.</summary>
public sealed class ProblemMapping : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            InputException input => ApiProblems.Invalid(input.Field, input.Message),
            NotFoundException notFound => ApiProblems.NotFound(notFound.Message),
            TooManyAttemptsException tooMany => TooMany(httpContext, tooMany),
            DomainException domain => ApiProblems.Conflict(domain.Message),
            FieldErrorsException fields => Results.ValidationProblem(fields.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "请求内容有误", detail: fields.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiProblems.TooLarge(QueueApi.MaxTicketBodyBytes),
            BadHttpRequestException bad => ApiProblems.Invalid("body", "请求格式不正确：" + bad.Message),
            _ when StoreUnavailable.Is(exception) => Unavailable(httpContext),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    public static IResult TooMany(HttpContext httpContext, TooManyAttemptsException tooMany)
    {
        httpContext.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(title: "尝试次数过多", detail: tooMany.Message, statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static IResult Unavailable(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(title: "服务暂时不可用", detail: StoreUnavailable.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
