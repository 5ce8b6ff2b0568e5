using HallDesk.Web.Localization;

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
                StatusCodes.Status415UnsupportedMediaType => ("Problem.UnsupportedMediaType.Title", "Problem.JsonRequired"),
                StatusCodes.Status405MethodNotAllowed => ("Problem.MethodNotAllowed.Title", "Problem.MethodNotAllowed.Detail"),
                StatusCodes.Status404NotFound => ("Problem.NotFound.Title", "Problem.NoSuchApi.Detail"),
                _ => ("Problem.Status.Title", "Problem.Status.Detail"),
            };
            return Results.Problem(title: Texts.Error(title), detail: Texts.Error(detail), statusCode: status).ExecuteAsync(context.HttpContext);
        }));
        return app;
    }
}
