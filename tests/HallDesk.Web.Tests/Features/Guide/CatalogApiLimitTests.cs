using System.Net;
using System.Text.Json;
using HallDesk.Web.Tests.Features.Queue;

namespace HallDesk.Web.Tests.Features.Guide;

/// <summary>The catalog is a public door like the others: per address, a limit per minute, then 429 in Chinese.</summary>
public sealed class CatalogApiLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task CatalogItems_OverThePerMinuteLimit_Get429WithRetryAfter()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.GetAsync("/api/v1/catalog/items?q=spjy"));
        }

        Assert.All(answers.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.NotNull(answers[3].Headers.RetryAfter);
        Assert.Equal("请求过于频繁", JsonDocument.Parse(await answers[3].Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }
}
