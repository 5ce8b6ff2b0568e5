using System.Text.Json;

namespace HallDesk.Web.Infrastructure;

/// <summary>RFC 9457 problem details with Chinese titles, and a bounded JSON body reader.</summary>
public static class ApiProblems
{
    /// <summary>The body limit of the small public requests (a ticket): what a 413 from the server names.</summary>
    public const int SmallBodyBytes = 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string detail) =>
        Results.Problem(title: "当前无法办理", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "请求内容有误",
            detail: message);

    public static IResult TooLarge(int limit) =>
        Results.Problem(title: "请求内容过大", detail: $"请求内容不能超过 {limit} 字节。", statusCode: StatusCodes.Status413PayloadTooLarge);

    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, int limit, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Invalid("body", "请以 JSON（application/json）提交。"));
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
            return value is null ? (null, Invalid("body", "请求内容不能为空。")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return (null, Invalid(field, "请求内容不是有效的 JSON，或字段类型不对。"));
        }
    }
}
