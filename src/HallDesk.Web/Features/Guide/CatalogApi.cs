using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Guide;

/// <summary>
/// The public 办事指南 as JSON: anonymous, limited per address like every /api/v1 door, answered from
/// <see cref="PublicCatalog"/>'s memory with an ETag (304 to a client that has it) and a minute's Cache-Control.
/// </summary>
public static class CatalogApi
{
    /// <summary>How long a browser or proxy may reuse an answer without asking: a saved catalog shows within this.</summary>
    public const int MaxAgeSeconds = 60;

    public static string UnknownItem(string code) => $"没有找到编码为 {code} 的事项，请核对事项编码，或在办事指南中搜索事项名称。";

    public static string UnknownBundle(string code) => $"没有找到编码为 {code} 的“一件事”（或已停办），请核对编码，或在办事指南中搜索名称。";

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/catalog/items", async (string? q, HttpContext http, PublicCatalog catalog) =>
                await AnswerAsync(http, catalog, c => TooLong(q) ?? Results.Ok(c.Items(q))))
            .WithName("ListCatalogItems")
            .WithSummary("办事指南：按名称、事项编码或拼音首字母（如 spjy）搜索事项；不带 q 列出全部")
            .Produces<IReadOnlyList<GuideItem>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        api.MapGet("/catalog/items/{code}", async (string code, HttpContext http, PublicCatalog catalog) =>
                await AnswerAsync(http, catalog, c => c.Item(code) is { } item ? Results.Ok(item) : ApiProblems.NotFound(UnknownItem(code))))
            .WithName("GetCatalogItem")
            .WithSummary("办事指南：一个事项的部门、类型、法定和承诺时限、收费、即办/告知承诺、可办理的大厅和材料（哪些免提交）")
            .Produces<GuideItem>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/catalog/bundles", async (string? q, HttpContext http, PublicCatalog catalog) =>
                await AnswerAsync(http, catalog, c => TooLong(q) ?? Results.Ok(c.Bundles(q))))
            .WithName("ListCatalogBundles")
            .WithSummary("办事指南：按名称、编码或拼音首字母搜索“一件事”（已停办的不列出）；不带 q 列出全部")
            .Produces<IReadOnlyList<GuideBundle>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        api.MapGet("/catalog/bundles/{code}", async (string code, HttpContext http, PublicCatalog catalog) =>
                await AnswerAsync(http, catalog, c => c.Bundle(code) is { } bundle ? Results.Ok(bundle) : ApiProblems.NotFound(UnknownBundle(code))))
            .WithName("GetCatalogBundle")
            .WithSummary("办事指南：一件“一件事”的事项（分阶段）、部门、承诺时限、可办理的大厅和合并后的材料")
            .Produces<GuideBundle>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult? TooLong(string? q) =>
        q?.Length > CatalogSnapshot.MaxQueryLength
            ? ApiProblems.Invalid("q", $"搜索词最多 {CatalogSnapshot.MaxQueryLength} 个字符。")
            : null;

    /// <summary>The snapshot's tag on every answer (404s too: they change when the catalog does); 304 when the client has it.</summary>
    private static async Task<IResult> AnswerAsync(HttpContext http, PublicCatalog catalog, Func<CatalogSnapshot, IResult> answer)
    {
        var snapshot = await catalog.GetAsync();
        var headers = http.Response.Headers;
        headers.ETag = snapshot.ETag;
        headers.CacheControl = $"public, max-age={MaxAgeSeconds}";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == snapshot.ETag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return answer(snapshot);
    }
}
