using HallDesk.Domain;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace HallDesk.Web.Infrastructure;

/// <summary>Turns rule and input failures of API calls into problem details in the request's language (Chinese unless ?culture= or the cookie says otherwise); nothing was written when they are thrown.</summary>
public sealed class ProblemMapping : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            InputException input => ApiProblems.Invalid(input.Field, Texts.Of(input)),
            NotFoundException notFound => ApiProblems.NotFound(Texts.Of(notFound)),
            TooManyAttemptsException tooMany => TooMany(httpContext, tooMany),
            DomainException domain => ApiProblems.Conflict(Texts.Of(domain)),
            FieldErrorsException fields => ApiProblems.Invalid(fields.Errors.ToDictionary(e => e.Key, e => Texts.Of(e.Value))),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiProblems.TooLarge(QueueApi.MaxTicketBodyBytes),
            BadHttpRequestException bad => ApiProblems.Invalid("body", Texts.Error("Problem.BadRequest", bad.Message)),
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
        return Results.Problem(title: Texts.Error("Problem.TooManyAttempts.Title"), detail: Texts.Of(tooMany), statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static IResult Unavailable(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(title: Texts.Error("Problem.Unavailable.Title"), detail: Texts.Error("Problem.Unavailable.Detail"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
