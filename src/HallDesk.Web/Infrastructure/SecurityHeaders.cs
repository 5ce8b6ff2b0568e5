using System.Security.Cryptography;

namespace HallDesk.Web.Infrastructure;

/// <summary>
/// The headers every answer carries (README, Security), written by hand: a content security policy for the pages,
/// nosniff, the referrer policy, HSTS over HTTPS (directly or from the trusted proxy), no Server header, and every
/// cookie Secure when the request came over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "HallDesk.CspNonce";

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>Early in the pipeline, after the forwarded headers (so the scheme is the browser's).</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.Remove("Server");
                if (http.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                }

                // Pages only: a PDF or JSON answer runs no script, and Chrome's PDF viewer must not be sandboxed.
                if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.ContentSecurityPolicy = Policy(http, nonce);
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>The nonce of this request, for the one inline script the framework writes (the import map).</summary>
    public static string? Nonce(HttpContext? http) => http?.Items[NonceKey] as string;

    /// <summary>
    /// Blazor Server: scripts and the circuit's WebSocket from this origin; MudBlazor sets inline styles; data: for the
    /// favicon; audio (the chime) from this origin; frames only the print page's PDF; no plugins, no other origin.
    /// </summary>
    private static string Policy(HttpContext http, string nonce)
    {
        var socket = (http.Request.IsHttps ? "wss://" : "ws://") + http.Request.Host.Value;
        return "default-src 'self'; " +
            $"script-src 'self' 'nonce-{nonce}'; " +
            "style-src 'self' 'unsafe-inline'; " +
            "img-src 'self' data: blob:; " +
            "font-src 'self' data:; " +
            $"connect-src 'self' {socket}; " +
            "media-src 'self'; " +
            "frame-src 'self'; " +
            "frame-ancestors 'self'; " +
            "object-src 'none'; " +
            "base-uri 'self'; " +
            "form-action 'self'";
    }
}
