using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>The app behind nginx at 10.0.0.10 (ReverseProxy:TrustedProxies), which says whether the browser used HTTPS.</summary>
public sealed class BehindProxyFactory : HallDeskFactory
{
    public const string Proxy = "10.0.0.10";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ReverseProxy:TrustedProxies", Proxy);
    }
}

/// <summary>
/// Issue 13, "Headers": no CSP beyond frame-ancestors, no X-Content-Type-Options, Referrer-Policy or HSTS, `Server: Kestrel`,
/// and an antiforgery cookie that is never Secure.
/// </summary>
public sealed partial class SecurityHeadersTests : IClassFixture<BehindProxyFactory>
{
    private readonly BehindProxyFactory _factory;

    public SecurityHeadersTests(BehindProxyFactory factory) => _factory = factory;

    [GeneratedRegex("<script type=\"importmap\" nonce=\"([^\"]+)\"")]
    private static partial Regex ImportMapNonce();

    [Fact]
    public async Task Page_CarriesCspNosniffAndReferrerPolicy_ButNoHstsOverHttp()
    {
        var response = await _factory.CreateClient().GetAsync("/kiosk/AM");
        var page = await response.Content.ReadAsStringAsync();

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Contains("'self'", directives["script-src"]);
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"]);
        Assert.Contains($"'nonce-{ImportMapNonce().Match(page).Groups[1].Value}'", directives["script-src"]);
        Assert.Contains("'unsafe-inline'", directives["style-src"]);
        Assert.Contains("ws://localhost", directives["connect-src"]);
        Assert.Equal(["'self'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Contains("'self'", directives["img-src"]);
        Assert.Contains("'self'", directives["font-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task OverHttps_HstsIsSent_AndEveryCookieIsSecure()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

        var login = await client.GetAsync("/login");
        var signedIn = await SignInAsync(client);

        Assert.Contains("max-age=", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")));
        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task BehindTheTrustedProxy_ForwardedHttps_GetsHstsAndSecureCookies()
    {
        var client = TestClientAddress.Client(_factory, BehindProxyFactory.Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var login = await client.GetAsync("/login");

        Assert.True(login.Headers.Contains("Strict-Transport-Security"));
        Assert.All(login.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ApiAnswer_CarriesNosniff_ButNoPageCsp()
    {
        var response = await _factory.CreateClient().GetAsync("/api/v1/halls");

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client)
    {
        var response = await LoginClient.SignInAsync(client, "clerk1", HallDeskFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}

/// <summary>The app on a real Kestrel port: the test server writes no Server header of its own, Kestrel does.</summary>
public sealed class KestrelFactory : HallDeskFactory
{
    public KestrelFactory() => UseKestrel(0);
}

public sealed class ServerHeaderTests : IClassFixture<KestrelFactory>
{
    private readonly KestrelFactory _factory;

    public ServerHeaderTests(KestrelFactory factory) => _factory = factory;

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        _factory.StartServer();
        var response = await _factory.CreateClient().GetAsync("/api/v1/halls");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }
}
