using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no network, so every request comes from the same (or no) address. A request that carries
/// <see cref="Header"/> comes from that address instead, set first in the pipeline, as Kestrel (or the trusted
/// proxy's X-Forwarded-For) would set it: the per-address limits see one client per value.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public static HttpClient Client(HallDeskFactory factory, string address, bool cookies = false)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (http.Request.Headers[Header] is [{ } value] && IPAddress.TryParse(value, out var address))
            {
                http.Connection.RemoteIpAddress = address;
            }

            return following(http);
        });
        next(app);
    };
}
