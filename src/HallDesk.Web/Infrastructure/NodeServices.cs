using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace HallDesk.Web.Infrastructure;

/// <summary>
/// What one node of several needs (README, Deployment): the reverse proxy's view of the client
/// (ReverseProxy:TrustedProxies, so the audit log and the rate limit see the citizen, not nginx) and
/// one key ring for every node (DataProtection:KeysPath, so a sign-in cookie or a form made by one node
/// is read by the others when nginx moves a browser after a node fails).
/// </summary>
public static class NodeServices
{
    public static WebApplicationBuilder AddHallDeskNode(this WebApplicationBuilder builder)
    {
        var proxies = (builder.Configuration["ReverseProxy:TrustedProxies"] ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip)
                    ? ip
                    : throw new InvalidOperationException($"ReverseProxy:TrustedProxies: '{proxy}' is not an IP address."));
            }
        });

        var protection = builder.Services.AddDataProtection().SetApplicationName("HallDesk");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.IsPathRooted(keys) ? keys : Path.Combine(builder.Environment.ContentRootPath, keys)));
        }

        return builder;
    }

    /// <summary>First in the pipeline: every later step sees the client's address and scheme.</summary>
    public static WebApplication UseHallDeskNode(this WebApplication app)
    {
        if (app.Configuration["ReverseProxy:TrustedProxies"] is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
