using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HallDesk.Web.Infrastructure;

/// <summary>
/// Every public door has a limit per client address (README, Security): the API, the public pages' HTTP requests,
/// logout, the queue hub's connections (these here, in the HTTP pipeline), and tickets, <c>JoinHall</c> and failed
/// sign-ins (<see cref="DoorLimiter"/>, in code). Over a limit: 429 with Retry-After, a problem for the API and the
/// hub, a Chinese page for pages.
/// </summary>
public static class PublicDoors
{
    public const string Api = "public";
    public const string Pages = "pages";
    public const string HubConnections = "hub-connections";

    /// <summary>The key of what the kiosk and the API say when an address or a screen is over its ticket limit.</summary>
    public const string TooManyTickets = "Problem.RateLimit.Tickets";

    /// <summary>The first segment of the public pages whose GET (and form POST) is limited.</summary>
    private static readonly HashSet<string> PublicPages = new(["kiosk", "progress", "guide", "appointments", "evaluate", "login", "t", "apply"], StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddPublicDoors(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection("RateLimit"));
        services.AddSingleton<DoorLimiter>();
        var settings = configuration.GetSection("RateLimit").Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Api, http => PerAddress(http, settings.PublicPerMinute));
            o.AddPolicy(Pages, http => PerAddress(http, settings.PagesPerMinute));
            // Only what opens a connection counts (negotiate, a WebSocket's upgrade): a long-polling board polls all day.
            o.AddPolicy(HubConnections, http => OpensConnection(http)
                ? PerAddress(http, settings.HubConnectionsPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (context, _) => new ValueTask(RejectAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1)));
        });
        return services;
    }

    /// <summary>Puts the page limit on the public pages among the Razor component endpoints.</summary>
    public static void LimitPublicPages(EndpointBuilder endpoint)
    {
        if (endpoint is RouteEndpointBuilder { RoutePattern: var pattern } && IsPublicPage(pattern))
        {
            endpoint.Metadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Pages));
        }
    }

    /// <summary>429 with Retry-After: problem details for the API and the hub, a short Chinese page for a browser.</summary>
    public static async Task RejectAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var title = Texts.Error("Problem.RateLimit.Title");
        var detail = Texts.Error("Problem.RateLimit.Retry", seconds);
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hubs"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(TooManyPage(title, detail));
    }

    /// <summary>The page a browser sees on 429: no script, no layout, just what to do.</summary>
    private static string TooManyPage(string title, string detail) => $$"""
        <!DOCTYPE html>
        <html lang="{{CultureInfo.CurrentUICulture.Name}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{WebUtility.HtmlEncode(title)}} · HallDesk</title></head>
        <body style="font-family: sans-serif; margin: 3rem auto; max-width: 36rem; padding: 0 1rem">
        <h1>{{WebUtility.HtmlEncode(title)}}</h1>
        <p data-testid="too-many">{{WebUtility.HtmlEncode(detail)}}</p>
        <p>{{WebUtility.HtmlEncode(Texts.Error("Problem.RateLimit.Help"))}}</p>
        <p><a href="/">{{WebUtility.HtmlEncode(Texts.Error("Problem.BackHome"))}}</a></p>
        </body></html>
        """;

    private static bool IsPublicPage(RoutePattern pattern) =>
        pattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal, ..] }, ..] && PublicPages.Contains(literal.Content);

    private static bool OpensConnection(HttpContext http) =>
        http.Request.Path.Value?.EndsWith("/negotiate", StringComparison.OrdinalIgnoreCase) == true
        || (http.WebSockets.IsWebSocketRequest && !http.Request.Query.ContainsKey("id"));

    private static RateLimitPartition<string> PerAddress(HttpContext http, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => DoorLimiter.Window(permits, TimeSpan.FromMinutes(1)));
}
