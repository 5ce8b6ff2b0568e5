using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Issue 13, "Edge answers": a date at the end of the calendar gave 500 (public slots, staff exports), a body that is
/// not JSON gave no problem details.
/// </summary>
public sealed class EdgeAnswersTests : IClassFixture<HallDeskFactory>
{
    private const string OutOfRange = "日期超出范围，只能是 2000-01-01 至 2099-12-31 之间的日期。";

    private readonly HallDeskFactory _factory;

    public EdgeAnswersTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task Slots_DateOutsideTheCalendar_Is400ProblemInChinese(string date)
    {
        var response = await _factory.CreateClient().GetAsync($"/api/v1/halls/AM/slots?line=A&date={date}");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, OutOfRange);
    }

    [Theory]
    [InlineData("/manager/reports/export.csv?from=9999-01-01&to=9999-12-31")]
    [InlineData("/manager/reports/export.pdf?from=9999-12-01&to=9999-12-31")]
    [InlineData("/api/v1/evaluations/export?from=9999-12-01&to=9999-12-31")]
    public async Task StaffExport_ToTheEndOfTheCalendar_Is400ProblemInChinese(string export)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password)).StatusCode);

        var response = await client.GetAsync(export);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, OutOfRange);
    }

    [Theory]
    [InlineData("/api/v1/halls/AM/tickets", "text/plain")]
    [InlineData("/api/v1/halls/AM/check-ins", "application/x-www-form-urlencoded")]
    [InlineData("/api/v1/appointments", "text/xml")]
    [InlineData("/api/v1/evaluations", "multipart/form-data; boundary=x")]
    public async Task Post_NotJson_Is415ProblemInChinese(string path, string contentType)
    {
        var content = new StringContent("{\"line\":\"A\"}", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await _factory.CreateClient().PostAsync(path, content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString());
    }
}
