using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Queue;

/// <summary>The public queue API under /api/v1 (no login, rate-limited, no personal data in answers).</summary>
public static class QueueApi
{
    /// <summary>A ticket request is a few fields; anything larger is refused before it is parsed.</summary>
    public const int MaxTicketBodyBytes = ApiProblems.SmallBodyBytes;

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
            .AcceptsJson<TicketRequest>(MaxTicketBodyBytes)
            .Produces<TicketResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/halls/{hall}/board", async (string hall, BoardSnapshots boards, CancellationToken ct) =>
                await boards.SnapshotAsync(hall, ct) is { } snapshot
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
