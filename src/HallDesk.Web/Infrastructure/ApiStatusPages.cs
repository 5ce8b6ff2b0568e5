namespace HallDesk.Web.Infrastructure;

/// <summary>
/// An API answer that the framework ends without a body (415 for a body that is not JSON, 405, 404 for an unknown
/// address) gets Chinese problem details, instead of the re-executed HTML page that the rest of the site shows
/// (a POST re-executed there even ended as an empty 400).
/// </summary>
public static class ApiStatusPages
{
    /// <summary>After UseStatusCodePagesWithReExecute, so that it answers first on the way out.</summary>
    public static WebApplication UseApiStatusPages(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            var (title, detail) = status switch
            {
                StatusCodes.Status415UnsupportedMediaType => ("不支持的内容类型", "请以 JSON（Content-Type: application/json）提交。"),
                StatusCodes.Status405MethodNotAllowed => ("不支持该请求方法", "该地址不支持此请求方法，请查阅接口说明（/openapi/v1.json）。"),
                StatusCodes.Status404NotFound => ("未找到", "没有这个接口地址，请查阅接口说明（/openapi/v1.json）。"),
                _ => ("请求无法处理", "请求无法处理，请检查后再试。"),
            };
            return Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context.HttpContext);
        }));
        return app;
    }
}
