using System.Text.Json;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Infrastructure;

/// <summary>RFC 9457 problem details in the request's language, and a bounded JSON body reader.</summary>
public static class ApiProblems
{
    /// <summary>The body limit of the small public requests (a ticket): what a 413 from the server names.</summary>
    public const int SmallBodyBytes = 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: Texts.Error("Problem.NotFound.Title"), detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string detail) =>
        Results.Problem(title: Texts.Error("Problem.Conflict.Title"), detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: Texts.Error("Problem.Invalid.Title"),
            detail: string.Join(" ", errors.Values));

    /// <summary>The address's tickets (kiosk and API together) are over <c>RateLimit:TicketsPerMinute</c>.</summary>
    public static IResult TooManyTickets(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return Results.Problem(title: Texts.Error("Problem.RateLimit.Title"), detail: Texts.Error(PublicDoors.TooManyTickets), statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The body is not JSON (415): the public API reads JSON only.</summary>
    public static IResult NotJson() =>
        Results.Problem(title: Texts.Error("Problem.UnsupportedMediaType.Title"), detail: Texts.Error("Problem.JsonRequired"), statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static IResult TooLarge(int limit) =>
        Results.Problem(title: Texts.Error("Problem.TooLarge.Title"), detail: Texts.Error("Problem.TooLarge.Detail", limit), statusCode: StatusCodes.Status413PayloadTooLarge);

    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, int limit, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, NotJson());
        }

        var buffer = new byte[limit + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += n;
        }

        if (read > limit)
        {
            return (null, TooLarge(limit));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.AsSpan(0, read), Json);
            return value is null ? (null, Invalid("body", Texts.Error("Problem.EmptyBody"))) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return (null, Invalid(field, Texts.Error("Problem.BadJson")));
        }
    }
}
