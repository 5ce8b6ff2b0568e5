using HallDesk.Domain;
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
            DomainException domain => ApiProblems.Conflict(domain.Message),
            FieldErrorsException fields => Results.ValidationProblem(fields.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "请求内容有误", detail: fields.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiProblems.TooLarge(ApiProblems.SmallBodyBytes),
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

    private static IResult Unavailable(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(title: "服务暂时不可用", detail: StoreUnavailable.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
