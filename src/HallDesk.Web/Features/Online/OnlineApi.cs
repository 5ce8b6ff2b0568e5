using System.Text.Json;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Progress;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace HallDesk.Web.Features.Online;

/// <summary>
/// <c>POST /api/v1/applications</c> (multipart: a JSON part <c>application</c>, one file part per material named by its
/// key) and <c>GET /api/v1/applications/{number}?phoneLast4=</c>. Files are streamed into the store's staging and
/// kept only when the whole application is accepted: a refused request stores nothing.
/// </summary>
public static class OnlineApi
{
    public const string JsonPart = "application";
    private const int JsonPartBytes = 4096;

    /// <summary>The JSON part: the applicant, the item or bundle, the hall, the SMS code.</summary>
    public sealed record ApplicationRequest(string? Subject, string? Hall, string? ApplicantKind, string? Name, string? IdNumber, string? Phone,
        string? LegalRepresentative, string? VerificationCode);

    public static RouteGroupBuilder MapOnlineApi(this RouteGroupBuilder api)
    {
        api.MapPost("/applications", SubmitAsync)
            .WithName("SubmitOnlineApplication")
            .WithSummary("网上申报（multipart/form-data：JSON 部分 application + 每项材料一个文件，字段名为材料编码；PDF/JPEG/PNG，单个 ≤ 10 MB，合计 ≤ 50 MB）")
            .Produces<SubmitOnlineApplication.Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                Describe(operation);
                return Task.CompletedTask;
            });
        api.MapGet("/applications/{number}", async (string number, string? phoneLast4, CaseProgressQuery query, CancellationToken ct) =>
            {
                if (phoneLast4 is null || phoneLast4.Length != 4 || !phoneLast4.All(char.IsAsciiDigit))
                {
                    return ApiProblems.Invalid("phoneLast4", "请输入申请时所留手机号的后四位数字。");
                }

                return await query.FindAsync(number, phoneLast4, ct) switch
                {
                    { RetryAfter: { } retry } => throw new TooManyAttemptsException(retry),
                    { Value: { } progress } => Results.Ok(progress),
                    _ => ApiProblems.NotFound(Texts.Error("Online.NotFound")),
                };
            })
            .WithName("GetOnlineApplication")
            .WithSummary("网上申报进度（申报编号 + 手机号后四位；受理后即为办件进度；同一编号每小时最多错 5 次）")
            .Produces<CaseProgress>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, SubmitOnlineApplication submit, FileStore store, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, Texts.Error("Online.BadRequest"));
        }

        // The application's own limit, plus room for the JSON part and the multipart framing.
        var bodyLimit = FileStore.MaxApplicationBytes + 1024 * 1024;
        if (http.Request.ContentLength > bodyLimit)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, Texts.Of(UploadRefusedException.TooLarge(FileStore.MaxApplicationBytes).Text));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        using var files = new StagedUploads();
        ApplicationRequest? request = null;
        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    files.Add(name, fileName, await StageAsync(store, section.Body, files.Room, ct));
                }
                else if (name == JsonPart)
                {
                    request = await ReadJsonAsync(section.Body, ct);
                }
            }
        }
        catch (UploadRefusedException refused)
        {
            return Problem(refused.StatusCode, Texts.Of(refused.Text));
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, Texts.Of(UploadRefusedException.TooLarge(FileStore.MaxApplicationBytes).Text));
        }
        catch (Exception ex) when ((ex is InvalidDataException or IOException) && !ct.IsCancellationRequested)
        {
            return ApiProblems.Invalid("body", Texts.Error("Online.BadRequest"));
        }

        if (request is null)
        {
            return ApiProblems.Invalid(JsonPart, Texts.Error("Online.BadRequest"));
        }

        var kind = string.Equals(request.ApplicantKind?.Trim(), "organisation", StringComparison.OrdinalIgnoreCase) ? ApplicantKind.Organisation : ApplicantKind.Person;
        var result = await submit.HandleAsync(new SubmitOnlineApplication.Command(request.Subject, request.Hall, kind, request.Name, request.IdNumber,
            request.Phone, request.LegalRepresentative, request.VerificationCode), files, Actor.Anonymous(http.Connection.RemoteIpAddress?.ToString(), "api"), ct);
        return Results.Created($"/api/v1/applications/{Uri.EscapeDataString(result.Number)}", result);
    }

    /// <summary>A file within its own limit (10 MB) and what is left of the application's (50 MB), each refusal naming its limit.</summary>
    private static async Task<StagedFile> StageAsync(FileStore store, Stream body, long room, CancellationToken ct)
    {
        var limit = Math.Min(FileStore.MaxFileBytes, room);
        try
        {
            return await store.StageAsync(body, limit, ct);
        }
        catch (UploadRefusedException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge && limit < FileStore.MaxFileBytes)
        {
            throw UploadRefusedException.TooLarge(FileStore.MaxApplicationBytes);
        }
    }

    private static async Task<ApplicationRequest?> ReadJsonAsync(Stream body, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int n;
        while ((n = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > JsonPartBytes)
            {
                throw new InvalidDataException("The JSON part is too long.");
            }
        }

        try
        {
            return JsonSerializer.Deserialize<ApplicationRequest>(buffer.ToArray(), JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Problem(int status, string detail) =>
        Results.Problem(title: status == StatusCodes.Status413PayloadTooLarge ? Texts.Error("Problem.TooLarge.Title") : Texts.Error("Problem.UnsupportedMediaType.Title"),
            detail: detail, statusCode: status);

    private static void Describe(OpenApiOperation operation)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            [JsonPart] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "JSON：subject（事项或一件事编码）、hall（大厅，默认区政务服务中心）、applicantKind（person / organisation）、name、idNumber、phone、legalRepresentative、verificationCode（purpose=application 的短信验证码）",
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "申报内容与材料文件；其余每个文件部分的字段名为材料编码（见 /api/v1/catalog/items/{code} 的材料清单）",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, Required = new HashSet<string> { JsonPart } } },
            },
        };
        operation.Responses ??= [];
        Describe(operation, "201", "已提交：申报编号、预审期限");
        Describe(operation, "400", "内容有误；缺少必交材料时一次列出全部缺项");
        Describe(operation, "413", "文件超过 10 MB，或合计超过 50 MB（答复写明限额），未保存任何文件");
        Describe(operation, "415", "文件内容不是 PDF、JPEG 或 PNG（按内容识别），或请求不是 multipart/form-data，未保存任何文件");
    }

    private static void Describe(OpenApiOperation operation, string code, string description)
    {
        if (operation.Responses!.TryGetValue(code, out var response) && response is OpenApiResponse r)
        {
            r.Description = description;
        }
    }
}
