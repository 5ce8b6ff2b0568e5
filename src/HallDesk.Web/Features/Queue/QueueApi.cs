using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Queue;

/// <summary>The public queue API under /api/v1 (no login, rate-limited, no personal data in answers).</summary>
public static class QueueApi
{
    /// <summary>A ticket request is a few fields; anything larger is refused before it is parsed.</summary>
    public const int MaxTicketBodyBytes = 1024;

    public sealed record TicketRequest(string? Line, string? Phone, bool? GreenChannel);

    public sealed record TicketResponse(string Number, string Hall, string Line, DateTime IssuedAt, int Ahead, int EstimatedWaitMinutes);

    public static RouteGroupBuilder MapQueueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/halls", async (QueueQueries queries, CancellationToken ct) =>
                Results.Ok((await queries.HallsAsync(ct)).Select(h => new
                {
                    h.Code,
                    h.Name,
                    h.Address,
                    h.Open,
                    Lines = h.Lines.Select(l => new { l.Code, l.Name, l.Waiting, l.EstimatedWaitMinutes }),
                })))
            .WithName("ListHalls")
            .WithSummary("大厅及其业务的等候人数和预计等候时间");

        api.MapPost("/halls/{hall}/tickets", IssueAsync)
            .WithName("IssueTicket")
            .WithSummary("取号")
            .Accepts<TicketRequest>("application/json")
            .Produces<TicketResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/halls/{hall}/board", async (string hall, QueueQueries queries, CancellationToken ct) =>
                await queries.SnapshotAsync(hall, ct) is { } snapshot
                    ? Results.Ok(snapshot)
                    : ApiProblems.NotFound(Texts.Error("Hall.NotFound", hall)))
            .WithName("GetBoard")
            .WithSummary("大屏快照：最近叫号、各业务等候、各窗口状态")
            .Produces<BoardSnapshot>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<IResult> IssueAsync(string hall, HttpContext http, IssueTicket issue, DoorLimiter limits, CancellationToken ct)
    {
        var body = await ApiProblems.ReadJsonAsync<TicketRequest>(http.Request, MaxTicketBodyBytes, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var request = body.Value!;
        var actor = Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api");
        if (!limits.TryEnter(Door.Tickets, actor.Address))
        {
            return ApiProblems.TooManyTickets(http);
        }

        var result = await issue.HandleAsync(new IssueTicket.Command(hall, request.Line, request.Phone, request.GreenChannel ?? false), actor, ct);
        return Results.Created(
            $"/api/v1/halls/{result.Hall}/board",
            new TicketResponse(result.Number, result.Hall, result.Line, result.IssuedAt, result.Ahead, result.EstimatedWaitMinutes));
    }
}

/// <summary>RFC 9457 problem details in the request's language, and a bounded JSON body reader.</summary>
public static class ApiProblems
{
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
