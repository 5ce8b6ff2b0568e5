using System.Net;
using System.Text.RegularExpressions;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Account;

/// <summary>
/// Issue 13: "Logout accepts a cross-site POST without an antiforgery token", and the audit log "can be flooded
/// anonymously (300 logouts → 300 rows)".
/// </summary>
public sealed partial class LogoutTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public LogoutTests(HallDeskFactory factory) => _factory = factory;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task Logout_WithoutTheAntiforgeryToken_IsRefused_AndTheUserStaysSignedIn()
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "clerk1", HallDeskFactory.Password);

        var crossSite = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, crossSite.StatusCode);
        Assert.Equal("application/problem+json", crossSite.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/counter")).StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "logout" && a.Actor == "clerk1"));
    }

    [Fact]
    public async Task Logout_WithThePagesToken_SignsOutAndIsAudited()
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "clerk2", HallDeskFactory.Password);
        var token = TokenPattern().Match(await client.GetStringAsync("/counter")).Groups[1].Value;

        var response = await client.PostAsync("/account/logout", Form(token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/counter")).StatusCode);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "logout" && a.Actor == "clerk2"));
    }

    [Fact]
    public async Task AnonymousLogouts_WriteNoAuditRows()
    {
        await using var before = await _factory.DbAsync();
        var rows = await before.AuditEntries.CountAsync();
        var client = LoginClient.Create(_factory);
        var token = TokenPattern().Match(await client.GetStringAsync("/login")).Groups[1].Value;

        for (var i = 0; i < 30; i++)
        {
            await client.PostAsync("/account/logout", i % 2 == 0 ? new FormUrlEncodedContent([]) : Form(token));
        }

        await using var after = await _factory.DbAsync();
        Assert.Equal(rows, await after.AuditEntries.CountAsync());
    }

    private static FormUrlEncodedContent Form(string token) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) });
}
