using System.Net;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Admin;

/// <summary>Who may open the configuration screens, over HTTP through the real login.</summary>
public sealed class AdminPagesAuthorizationTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public AdminPagesAuthorizationTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/admin/hall")]
    [InlineData("/admin/queue")]
    [InlineData("/admin/staff")]
    public async Task AdminPage_Anonymous_RedirectsToLogin(string page)
    {
        var response = await LoginClient.Create(_factory).GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/admin/hall")]
    [InlineData("/admin/queue")]
    [InlineData("/admin/staff")]
    public async Task AdminPage_AsClerk_IsDenied(string page)
    {
        var client = await SignedInAsync("clerk1");

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("manager", "/admin/hall", "hall-save")]
    [InlineData("manager", "/admin/queue", "counter-add")]
    [InlineData("admin", "/admin/hall", "hall-save")]
    [InlineData("admin", "/admin/queue", "line-add")]
    public async Task ConfigurationPage_AsManagerOrAdmin_Opens(string user, string page, string control)
    {
        var client = await SignedInAsync(user);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-testid=\"{control}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaffPage_AsManager_IsReadOnly()
    {
        var client = await SignedInAsync("manager");

        var response = await client.GetAsync("/admin/staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"staff-row-clerk1\"", html);
        Assert.Contains("data-testid=\"staff-readonly\"", html);
        Assert.DoesNotContain("data-testid=\"staff-create\"", html);
    }

    [Fact]
    public async Task StaffPage_AsAdmin_OffersAccountCreation()
    {
        var client = await SignedInAsync("admin");

        var response = await client.GetAsync("/admin/staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"staff-create\"", html);
        Assert.Contains("data-testid=\"staff-row-manager\"", html);
        Assert.DoesNotContain("data-testid=\"staff-readonly\"", html);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(_factory);
        var response = await LoginClient.SignInAsync(client, user, HallDeskFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
