using System.Globalization;
using System.Text.Json.Nodes;
using HallDesk.Domain;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace HallDesk.Web.Infrastructure;

/// <summary>The JSON body an API endpoint reads through <see cref="ApiProblems.ReadJsonAsync{T}"/>: its type and byte limit.</summary>
public sealed record JsonBodyLimit(int Bytes);

/// <summary>
/// Makes <c>/openapi/v1.json</c> say what the API really answers (issue 20): who may call each operation (the staff
/// cookie or anyone), the answers every operation can give besides its own (429 from the rate limiter and 503 when
/// the database is away, both with Retry-After; 413 and 415 for a JSON body; 401 and 403 for staff operations), each
/// problem with its schema and a Chinese example, a licence, the tag's description and a server URL without a
/// trailing slash. Operation-specific answers (201, 404, 409 …) stay declared on the endpoints.
/// </summary>
public static class ApiDocument
{
    public const string StaffCookie = "staffCookie";

    /// <summary>ASP.NET Core Identity's application cookie, which the staff sign-in at /login sets.</summary>
    public const string StaffCookieName = ".AspNetCore.Identity.Application";

    public const string Tag = "HallDesk public API";

    private const string ProblemJson = "application/problem+json";

    /// <summary>Declares the JSON body an endpoint reads and its limit (the 413's example names it).</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder endpoint, int limitBytes)
        where T : notnull =>
        endpoint.Accepts<T>("application/json").WithMetadata(new JsonBodyLimit(limitBytes));

    public static IServiceCollection AddHallDeskOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, context, _) =>
        {
            Describe(document, context);
            return Task.CompletedTask;
        }));

    private static void Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context)
    {
        document.Info.Title = "HallDesk 政务服务大厅公共接口";
        document.Info.Description = "取号、大屏、办件进度、好差评、诉求、网上预约的公共接口，以及工作人员的导出接口。错误一律以 RFC 9457 问题详情（中文 title/detail）答复。";
        document.Info.License = new OpenApiLicense
        {
            // No licence file is in the repository: nothing is granted, and the document says so rather than invent one.
            Name = "保留所有权利（未授予开源许可；使用须经爱民区政务服务中心同意）",
        };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = Tag, Description = "大厅对外的 JSON 接口（/api/v1）：同一地址每分钟有请求上限，超出答复 429 和 Retry-After。" },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[StaffCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = StaffCookieName,
            Description = "工作人员在 /login 登录后的会话 Cookie（HttpOnly）；导出和管理接口还要求相应角色。",
        };

        var endpoints = context.DescriptionGroups.SelectMany(g => g.Items)
            .Select(d => d.ActionDescriptor.EndpointMetadata)
            .Select(m => (Id: m.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName, Metadata: m))
            .Where(e => e.Id is not null)
            .ToDictionary(e => e.Id!, e => e.Metadata);
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
        {
            var metadata = operation.OperationId is { } id && endpoints.TryGetValue(id, out var m) ? m : [];
            Complete(operation, document, metadata);
        }
    }

    private static void Complete(OpenApiOperation operation, OpenApiDocument document, IList<object> metadata)
    {
        var staff = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var requirement = new OpenApiSecurityRequirement();
        if (staff)
        {
            requirement[new OpenApiSecuritySchemeReference(StaffCookie, document)] = [];
        }

        // An empty requirement is OpenAPI's "no authentication": the public operations say so explicitly.
        operation.Security = [requirement];
        operation.Responses ??= [];
        if (staff)
        {
            Add(operation, document, StatusCodes.Status401Unauthorized, "未登录（缺少或已过期的工作人员会话 Cookie）", "请先登录", "请先登录。");
            Add(operation, document, StatusCodes.Status403Forbidden, "已登录，但角色或大厅不允许", "无权访问", "您的账号没有此操作的权限。");
        }

        if (operation.RequestBody is not null)
        {
            var limit = metadata.OfType<JsonBodyLimit>().LastOrDefault()?.Bytes ?? ApiProblems.SmallBodyBytes;
            Add(operation, document, StatusCodes.Status413PayloadTooLarge, $"请求内容超过 {limit} 字节，未解析即拒绝",
                Chinese("Problem.TooLarge.Title"), Chinese("Problem.TooLarge.Detail", limit));
            Add(operation, document, StatusCodes.Status415UnsupportedMediaType, "请求内容不是 JSON（application/json）",
                Chinese("Problem.UnsupportedMediaType.Title"), Chinese("Problem.JsonRequired"));
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, document, StatusCodes.Status429TooManyRequests, "请求过于频繁：Retry-After 秒后再试",
                Chinese("Problem.RateLimit.Title"), Chinese("Problem.RateLimit.Retry", 60), retryAfter: 60);
        }

        Add(operation, document, StatusCodes.Status503ServiceUnavailable, "数据库暂时不可用，本次请求没有生效：Retry-After 秒后再试",
            Chinese("Problem.Unavailable.Title"), Chinese("Problem.Unavailable.Detail"), retryAfter: StoreUnavailable.RetryAfterSeconds);

        foreach (var (code, response) in operation.Responses.Where(r => r.Key[0] is '4' or '5').ToList())
        {
            operation.Responses[code] = Problem(document, response, int.Parse(code, CultureInfo.InvariantCulture));
        }
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument document, int status, string description, string title, string detail, int? retryAfter = null)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(code))
        {
            return;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document), Example = Example(status, title, detail) },
            },
        };
        if (retryAfter is { } seconds)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = RetryAfter(seconds) };
        }

        operation.Responses[code] = response;
    }

    private static OpenApiHeader RetryAfter(int seconds) => new()
    {
        Description = "多少秒后可以再试",
        Required = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
        Example = JsonValue.Create(seconds),
    };

    /// <summary>The endpoints' own problem answers get the problem schema, a Chinese example and (429, 503) Retry-After when they lack them.</summary>
    private static IOpenApiResponse Problem(OpenApiDocument document, IOpenApiResponse declared, int status)
    {
        if (declared is not OpenApiResponse response)
        {
            return declared;
        }

        if (status is 429 or 503)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers.TryAdd("Retry-After", RetryAfter(status == 429 ? 60 : StoreUnavailable.RetryAfterSeconds));
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        if (!response.Content.TryGetValue(ProblemJson, out var media))
        {
            media = new OpenApiMediaType { Schema = new OpenApiSchemaReference(status == 400 ? "HttpValidationProblemDetails" : "ProblemDetails", document) };
            response.Content[ProblemJson] = media;
        }

        media.Example ??= status switch
        {
            400 => Validation(),
            429 => Example(status, Chinese("Problem.RateLimit.Title"), Chinese("Problem.RateLimit.Retry", 60)),
            404 => Example(status, Chinese("Problem.NotFound.Title"), "没有找到该编号，请核对后再试。"),
            409 => Example(status, Chinese("Problem.Conflict.Title"), "该事项当前的状态不允许这项操作。"),
            _ => Example(status, Chinese("Problem.Status.Title"), Chinese("Problem.Status.Detail")),
        };
        return response;
    }

    private static JsonObject Example(int status, string title, string detail) => new()
    {
        ["type"] = status == 429 ? "https://tools.ietf.org/html/rfc6585#section-4"
            : $"https://tools.ietf.org/html/rfc9110#section-15.{(status < 500 ? 5 : 6)}.{(status < 500 ? status - 399 : status - 499)}",
        ["title"] = title,
        ["status"] = status,
        ["detail"] = detail,
    };

    private static JsonObject Validation()
    {
        var example = Example(400, Chinese("Problem.Invalid.Title"), "请填写手机号。");
        example["errors"] = new JsonObject { ["phone"] = new JsonArray("请填写手机号。") };
        return example;
    }

    private static string Chinese(string key, params object?[] args) => Texts.Of(new DomainMessage(key, args), Texts.Chinese);
}
