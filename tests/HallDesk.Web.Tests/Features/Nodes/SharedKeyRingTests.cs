using System.Net;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HallDesk.Web.Tests.Features.Nodes;

/// <summary>
/// Two nodes over one database: with DataProtection:KeysPath shared, a sign-in made on node A is honoured
/// by node B (nginx moves a browser when a node fails); with key rings of their own it is not.
/// </summary>
public sealed class SharedKeyRingTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "halldesk-keys", Guid.NewGuid().ToString("N"));
    private readonly HallDeskFactory _nodeA;

    public SharedKeyRingTests() => _nodeA = new NodeFactory(database: null, _keys);

    [Fact]
    public async Task SignInOnNodeA_IsHonouredByNodeB_WhenTheyShareTheKeyRing()
    {
        var cookie = await SignInAsync(_nodeA);
        using var nodeB = new NodeFactory(_nodeA.DatabasePath, _keys);

        var response = await GetManagerAsync(nodeB, cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignInOnNodeA_IsNotReadByANodeWithAKeyRingOfItsOwn()
    {
        var cookie = await SignInAsync(_nodeA);
        using var stranger = new NodeFactory(_nodeA.DatabasePath, _keys + "-other");

        var response = await GetManagerAsync(stranger, cookie);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    private static async Task<string> SignInAsync(HallDeskFactory node)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/login");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.UserName"] = "manager",
                ["Input.Password"] = HallDeskFactory.Password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> GetManagerAsync(HallDeskFactory node, string cookie)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manager");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    public void Dispose()
    {
        _nodeA.Dispose();
        foreach (var folder in new[] { _keys, _keys + "-other" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A node on the given database file (null: a fresh one of its own) and key ring folder.</summary>
    private sealed class NodeFactory(string? database, string keys) : SqliteHallDeskFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (database is not null)
            {
                builder.UseSetting("ConnectionStrings:HallDesk", $"Data Source={database}");
            }

            builder.UseSetting("DataProtection:KeysPath", keys);
        }
    }
}
