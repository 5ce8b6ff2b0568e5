using System.Net;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.District;

/// <summary>
/// /district is for district roles only; a hall's dashboard opens read-only for them at <c>/manager?hall=XY</c>, and a
/// hall manager sees their own hall whatever the link says.
/// </summary>
public sealed class DistrictAccessTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }

    [Theory]
    [InlineData("manager-xy")]
    [InlineData("manager")]
    [InlineData("clerk1")]
    public async Task DistrictPage_ForAHallRole_IsAccessDenied(string user)
    {
        var response = await (await SignedInAsync(user)).GetAsync("/district");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("district")]
    [InlineData("admin")]
    public async Task DistrictPage_ForADistrictRole_ShowsEveryHall(string user)
    {
        var html = await (await SignedInAsync(user)).GetStringAsync("/district");

        Assert.Contains("向阳街道便民服务中心", html, StringComparison.Ordinal);
        Assert.Contains("三道关镇便民服务中心", html, StringComparison.Ordinal);
        Assert.Contains("manager?hall=SDG", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_DistrictRoleWithAHall_ShowsThatHallReadOnly()
    {
        var html = await (await SignedInAsync("district")).GetStringAsync("/manager?hall=XY");

        Assert.Contains("向阳街道便民服务中心 · 实时监控", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"dashboard-read-only\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_HallManagerNamingAnotherHall_SeesTheirOwnHall_AndKeepsTheirActions()
    {
        var html = await (await SignedInAsync("manager-xy")).GetStringAsync("/manager?hall=AM");

        Assert.Contains("向阳街道便民服务中心 · 实时监控", html, StringComparison.Ordinal);
        Assert.DoesNotContain("爱民区政务服务中心 · 实时监控", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dashboard-read-only", html, StringComparison.Ordinal);
    }
}
