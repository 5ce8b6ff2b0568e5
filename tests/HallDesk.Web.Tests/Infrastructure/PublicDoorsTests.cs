using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>Issue 13, "Limits cover only /api/v1": the public pages, logout, the hub's connections and the tickets are limited per address.</summary>
public sealed class PublicDoorsTests : IClassFixture<NarrowDoorsFactory>
{
    private readonly NarrowDoorsFactory _factory;

    public PublicDoorsTests(NarrowDoorsFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/kiosk/AM", "10.1.0.1")]
    [InlineData("/progress", "10.1.0.2")]
    [InlineData("/appointments", "10.1.0.3")]
    [InlineData("/evaluate/not-a-token", "10.1.0.4")]
    [InlineData("/login", "10.1.0.5")]
    [InlineData("/guide", "10.1.0.6")]
    public async Task PublicPage_OverThePerAddressLimit_Answers429ChinesePageWithRetryAfter_OtherAddressesStillServed(string page, string address)
    {
        var client = TestClientAddress.Client(_factory, address);
        for (var i = 0; i < NarrowDoorsFactory.Pages; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }

        var refused = await client.GetAsync(page);
        var other = await TestClientAddress.Client(_factory, address + "0").GetAsync(page);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Logout_OverThePerAddressLimit_Answers429()
    {
        var client = TestClientAddress.Client(_factory, "10.1.1.1");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= NarrowDoorsFactory.Pages; i++)
        {
            answers.Add((await client.PostAsync("/account/logout", new FormUrlEncodedContent([]))).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(NarrowDoorsFactory.Pages));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task HubNegotiate_OverThePerAddressLimit_Answers429Problem()
    {
        var client = TestClientAddress.Client(_factory, "10.1.2.1");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= NarrowDoorsFactory.HubConnections; i++)
        {
            answers.Add(await client.PostAsync("/hubs/queue/negotiate?negotiateVersion=1", null));
        }

        Assert.All(answers.Take(NarrowDoorsFactory.HubConnections), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1].StatusCode);
        Assert.Equal("application/problem+json", answers[^1].Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiTickets_OverThePerAddressTicketLimit_Answer429AndIssueNothingMore()
    {
        var client = TestClientAddress.Client(_factory, "10.1.3.1");
        await using var before = await _factory.DbAsync();
        var count = await before.Tickets.CountAsync();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= NarrowDoorsFactory.Tickets; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "A" }));
        }

        Assert.All(answers.Take(NarrowDoorsFactory.Tickets), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("取号过于频繁，请稍后再试；如需帮助，请到大厅咨询台。", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        await using var after = await _factory.DbAsync();
        Assert.Equal(count + NarrowDoorsFactory.Tickets, await after.Tickets.CountAsync());
    }
}
