using System.Net;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>Who may open the 好差评 screens, through the real login and a prerendered page.</summary>
public sealed class ManagerPagesAccessTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ManagerPagesAccessTests(HallDeskFactory factory) => _factory = factory;

    [Theory]
    [InlineData("manager", "/manager/evaluations", "data-testid=\"kpi-satisfaction\"")]
    [InlineData("manager", "/manager/rectifications", "data-testid=\"rect-open-only\"")]
    [InlineData("manager", "/manager/feedback", "data-testid=\"feedback-record\"")]
    [InlineData("manager", "/manager/pads", "data-testid=\"pad-offer-1\"")]
    [InlineData("clerk1", "/manager/feedback", "data-testid=\"feedback-record\"")]
    public async Task Page_AllowedRole_Opens(string user, string page, string marker)
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, user, HallDeskFactory.Password);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/manager/evaluations")]
    [InlineData("/manager/rectifications")]
    [InlineData("/manager/pads")]
    public async Task ManagerPage_AsClerk_IsDenied(string page)
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "clerk2", HallDeskFactory.Password);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowPage_Anonymous_Opens()
    {
        var response = await LoginClient.Create(_factory).GetAsync("/feedback");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"follow-find\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
