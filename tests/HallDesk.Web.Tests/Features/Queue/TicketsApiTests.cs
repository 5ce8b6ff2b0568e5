using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

public class TicketsApiTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;

    public TicketsApiTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Post_ValidLine_Returns201WithNextNumberAheadAndEstimate()
    {
        var first = await PostAsync("AM", new { line = "D" });
        var second = await PostAsync("AM", new { line = "D", phone = "13812345678" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await ReadAsync(first);
        var b = await ReadAsync(second);
        var n1 = int.Parse(a.GetProperty("number").GetString()![1..], CultureInfo.InvariantCulture);
        Assert.StartsWith("D", a.GetProperty("number").GetString());
        Assert.Equal($"D{n1 + 1:000}", b.GetProperty("number").GetString());
        Assert.Equal("AM", b.GetProperty("hall").GetString());
        Assert.Equal(a.GetProperty("ahead").GetInt32() + 1, b.GetProperty("ahead").GetInt32());
        // D's default service time is 10 minutes and no counter is open: one counter is assumed.
        Assert.Equal(b.GetProperty("ahead").GetInt32() * 10, b.GetProperty("estimatedWaitMinutes").GetInt32());
        Assert.DoesNotContain("13812345678", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_GreenChannel_IsAheadOfEarlierWalkIns()
    {
        await PostAsync("AM", new { line = "C" });
        await PostAsync("AM", new { line = "C" });
        var green = await ReadAsync(await PostAsync("AM", new { line = "C", greenChannel = true }));
        var normal = await ReadAsync(await PostAsync("AM", new { line = "C" }));

        Assert.Equal(0, green.GetProperty("ahead").GetInt32());
        Assert.True(normal.GetProperty("ahead").GetInt32() >= 3);
    }

    [Theory]
    [InlineData("{\"line\":\"Z\"}", "line")]
    [InlineData("{\"line\":\"AA\"}", "line")]
    [InlineData("{}", "line")]
    [InlineData("{\"line\":\"A\",\"phone\":\"12345\"}", "phone")]
    [InlineData("{\"line\":\"A\",\"phone\":\"1381234567x\"}", "phone")]
    [InlineData("{\"line\":5}", "line")]
    [InlineData("{\"line\":\"A\"", "body")]
    [InlineData("not json", "body")]
    public async Task Post_BadInput_Returns400ProblemInChineseNamingTheFieldAndWritesNothing(string body, string field)
    {
        var before = await CountTicketsAsync();

        var response = await _client.PostAsync("/api/v1/halls/AM/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response);
        Assert.Equal("请求内容有误", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}'");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountTicketsAsync());
    }

    [Fact]
    public async Task Post_UnknownHall_Returns404Problem()
    {
        var response = await PostAsync("NOPE", new { line = "A" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NOPE", (await ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_OversizedBody_Returns413AndWritesNothing()
    {
        var before = await CountTicketsAsync();
        var body = JsonSerializer.Serialize(new { line = "A", padding = new string('x', 4000) });

        var response = await _client.PostAsync("/api/v1/halls/AM/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("请求内容过大", (await ReadAsync(response)).GetProperty("title").GetString());
        Assert.Equal(before, await CountTicketsAsync());
    }

    [Fact]
    public async Task Post_NotJsonContentType_Returns400()
    {
        var response = await _client.PostAsync("/api/v1/halls/AM/tickets", new StringContent("line=A", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetHalls_ListsDemoHallWithLinesAndCounts()
    {
        await PostAsync("AM", new { line = "E" });

        var halls = await _client.GetFromJsonAsync<JsonElement>("/api/v1/halls");

        var hall = halls.EnumerateArray().Single(h => h.GetProperty("code").GetString() == "AM");
        Assert.Equal("爱民区政务服务中心", hall.GetProperty("name").GetString());
        var lines = hall.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["A", "B", "C", "D", "E"], lines.Select(l => l.GetProperty("code").GetString()));
        Assert.True(lines.Single(l => l.GetProperty("code").GetString() == "E").GetProperty("waiting").GetInt32() >= 1);
    }

    [Fact]
    public async Task GetBoard_UnknownHall_Returns404()
    {
        var response = await _client.GetAsync("/api/v1/halls/NOPE/board");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_DatabaseAnswers_Returns200()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheTicketEndpoint()
    {
        var doc = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/halls/{hall}/tickets", doc);
    }

    private Task<HttpResponseMessage> PostAsync(string hall, object body) =>
        _client.PostAsJsonAsync($"/api/v1/halls/{hall}/tickets", body);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<int> CountTicketsAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.Tickets.CountAsync();
    }
}
