using HallDesk.Web.Features.Messaging;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Appointments;

/// <summary>The public appointment API under /api/v1: answers never carry an unmasked name, ID number or phone.</summary>
public static class AppointmentApi
{
    public const int MaxBodyBytes = 1024;

    public sealed record CheckInRequest(string? Code, string? IdNumber);

    public sealed record BookRequest(string? Hall, string? Line, string? Date, string? Slot, string? Name, string? IdNumber, string? Phone, string? VerificationCode);

    public sealed record CodeRequest(string? Phone, string? Purpose);

    public sealed record RescheduleRequest(string? Date, string? Slot);

    public static RouteGroupBuilder MapAppointmentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/halls/{hall}/slots", async (string hall, string? line, string? date, AppointmentQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.SlotsAsync(hall, line, date, ct)))
            .WithName("ListAppointmentSlots")
            .WithSummary("某日某业务的预约时段：开始时间、名额、剩余")
            .Produces<IReadOnlyList<SlotView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/verification-codes", RequestCodeAsync)
            .WithName("RequestVerificationCode")
            .WithSummary("获取短信验证码（purpose: appointment 网上预约，application 网上申报）：5 分钟内有效；同一手机号 60 秒 1 次、每天 5 次，同一地址每小时 10 次")
            .AcceptsJson<CodeRequest>(MaxBodyBytes)
            .Produces<RequestVerificationCode.Sent>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapPost("/appointments", BookAsync)
            .WithName("BookAppointment")
            .WithSummary("网上预约（实名，需短信验证码 verificationCode）")
            .AcceptsJson<BookRequest>(MaxBodyBytes)
            .Produces<AppointmentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/appointments/{code}", async (string code, AppointmentQueries queries, CancellationToken ct) =>
                await queries.FindAsync(code, ct) is { } found ? Results.Ok(found) : ApiProblems.NotFound(Texts.Error(AppointmentQueries.UnknownCode)))
            .WithName("GetAppointment")
            .WithSummary("按预约码查询预约（个人信息已脱敏）")
            .Produces<AppointmentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/appointments/{code}", async (string code, HttpContext http, CancelAppointment cancel, CancellationToken ct) =>
                Results.Ok(await cancel.HandleAsync(code, Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api"), ct)))
            .WithName("CancelAppointment")
            .WithSummary("取消预约")
            .Produces<AppointmentView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/appointments/{code}/reschedule", RescheduleAsync)
            .WithName("RescheduleAppointment")
            .WithSummary("改约：同一事项改到仍有名额的其他时段（预约码不变）")
            .AcceptsJson<RescheduleRequest>(MaxBodyBytes)
            .Produces<AppointmentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapPost("/halls/{hall}/check-ins", CheckInAsync)
            .WithName("CheckInAppointment")
            .WithSummary("预约签到：凭预约码或身份证号码取号，优先叫号")
            .AcceptsJson<CheckInRequest>(MaxBodyBytes)
            .Produces<CheckInAppointment.Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        return api;
    }

    private static async Task<IResult> CheckInAsync(string hall, HttpContext http, CheckInAppointment checkIn, DoorLimiter limits, CancellationToken ct)
    {
        var body = await ApiProblems.ReadJsonAsync<CheckInRequest>(http.Request, MaxBodyBytes, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var actor = Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api");
        if (!limits.TryEnter(Door.Tickets, actor.Address))
        {
            return ApiProblems.TooManyTickets(http);
        }

        var result = await checkIn.HandleAsync(new CheckInAppointment.Command(hall, body.Value!.Code, body.Value.IdNumber), actor, ct);
        return Results.Created($"/api/v1/halls/{hall}/board", result);
    }

    private static async Task<IResult> RequestCodeAsync(HttpContext http, RequestVerificationCode request, CancellationToken ct)
    {
        var body = await ApiProblems.ReadJsonAsync<CodeRequest>(http.Request, MaxBodyBytes, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var actor = Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api");
        var sent = await request.HandleAsync(new RequestVerificationCode.Command(body.Value!.Phone, body.Value.Purpose), actor, ct);
        return Results.Accepted(value: sent);
    }

    private static async Task<IResult> BookAsync(HttpContext http, BookAppointment book, CancellationToken ct)
    {
        var body = await ApiProblems.ReadJsonAsync<BookRequest>(http.Request, MaxBodyBytes, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var r = body.Value!;
        var actor = Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api");
        var view = await book.HandleAsync(new BookAppointment.Command(r.Hall, r.Line, r.Date, r.Slot, r.Name, r.IdNumber, r.Phone, r.VerificationCode), actor, ct);
        return Results.Created($"/api/v1/appointments/{view.Code}", view);
    }

    private static async Task<IResult> RescheduleAsync(string code, HttpContext http, RescheduleAppointment reschedule, CancellationToken ct)
    {
        var body = await ApiProblems.ReadJsonAsync<RescheduleRequest>(http.Request, MaxBodyBytes, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var actor = Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api");
        return Results.Ok(await reschedule.HandleAsync(new RescheduleAppointment.Command(code, body.Value!.Date, body.Value.Slot), actor, ct));
    }
}
