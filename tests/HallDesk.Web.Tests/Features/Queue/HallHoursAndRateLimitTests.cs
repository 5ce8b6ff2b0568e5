using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

public sealed class RateLimitedFactory : HallDeskFactory
{
    protected override int PublicPerMinute => 3;
}

public sealed class HallHoursAndRateLimitTests : IClassFixture<RateLimitedFactory>
{
    private readonly RateLimitedFactory _factory;

    public HallHoursAndRateLimitTests(RateLimitedFactory factory) => _factory = factory;

    [Fact]
    public async Task Requests_OverThePerMinuteLimit_Get429WithRetryAfterAndChineseProblem()
    {
        var client = _factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.GetAsync("/api/v1/halls"));
        }

        Assert.All(answers.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var limited = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null, "429 must carry Retry-After");
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("请求过于频繁", problem.GetProperty("title").GetString());
    }
}

public sealed class HallHoursTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public HallHoursTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Post_HallClosed_Returns409AndWritesNothing()
    {
        await using (var db = await _factory.DbAsync())
        {
            var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
            hall.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 0));
            await db.SaveChangesAsync();
        }

        // 20:30 in Shanghai.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 12, 30, 0, TimeSpan.Zero));
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "A" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("不在办公时间", await response.Content.ReadAsStringAsync());
        await using var check = await _factory.DbAsync();
        Assert.Equal(0, await check.Tickets.CountAsync());
    }
}
