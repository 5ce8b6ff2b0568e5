using System.Net;
using System.Text;
using System.Text.Json;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HallDesk.Web.Tests.Localization;

/// <summary>Answers follow the request's culture: Chinese by default, English with ?culture=en-US, remembered in the cookie.</summary>
public sealed class RequestCultureTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public RequestCultureTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task IssueTicket_UnknownLine_WithEnglishCulture_AnswersProblemDetailsInEnglish()
    {
        var problem = await IssueAsync("/api/v1/halls/AM/tickets?culture=en-US");

        Assert.Equal("The request has errors", problem.GetProperty("title").GetString());
        Assert.Equal("Please choose a line (its code is one letter, such as A).", problem.GetProperty("detail").GetString());
        Assert.Equal("Please choose a line (its code is one letter, such as A).", problem.GetProperty("errors").GetProperty("line")[0].GetString());
    }

    [Fact]
    public async Task IssueTicket_UnknownLine_WithoutCulture_AnswersProblemDetailsInChinese()
    {
        var problem = await IssueAsync("/api/v1/halls/AM/tickets");

        Assert.Equal("请求内容有误", problem.GetProperty("title").GetString());
        Assert.Equal("请选择要办理的业务（业务代码为一个字母，如 A）。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task IssueTicket_LineNotInHall_WithEnglishCulture_NamesHallAndLineInEnglish()
    {
        // Q is a letter but no line of the hall: the use case's key, with the hall's name and the code as arguments.
        var response = await _factory.CreateClient().PostAsync(
            "/api/v1/halls/AM/tickets?culture=en-US", new StringContent("""{"line":"Q"}""", Encoding.UTF8, "application/json"));

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(@"^.+ has no line Q\.$", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetPage_WithCultureQuery_WritesTheCultureCookie()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var response = await client.GetAsync("/kiosk/AM?culture=en-US");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en-US"))), cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetPage_WithoutCultureQuery_OrWithUnsupportedCulture_WritesNoCultureCookie()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        foreach (var path in new[] { "/kiosk/AM", "/kiosk/AM?culture=fr-FR" })
        {
            var response = await client.GetAsync(path);

            var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
            Assert.DoesNotContain(cookies, c => c.StartsWith(CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task GetPage_AfterCultureQuery_NextRequestWithoutQueryStaysEnglish()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.GetAsync("/kiosk/AM?culture=en-US");

        // The circuit's own requests carry no ?culture: the cookie keeps them English.
        var problem = await IssueAsync("/api/v1/halls/AM/tickets", client);

        Assert.Equal("The request has errors", problem.GetProperty("title").GetString());
    }

    private async Task<JsonElement> IssueAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? _factory.CreateClient()).PostAsync(path, new StringContent("""{"line":"ZZ"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
