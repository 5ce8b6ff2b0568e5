using System.Net;
using System.Text;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Audit;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Audit;

/// <summary>/admin/audit: filters, the chain's check, the CSV export (itself audited); closed to hall managers, who are audited trying.</summary>
public sealed class AuditPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public AuditPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Page_ShowsTheIntactChain_AndFiltersByPersonActionTargetAndOutcome()
    {
        var audit = _factory.Get<AuditWriter>();
        await audit.WriteAsync("reviewer-bdc", "case.view", "AM202612010099", "review", "10.1.2.3", AuditOutcome.Denied);
        await audit.WriteAsync("reviewer-bdc", "case.view", "AM202612010098", "review", "10.1.2.3");
        await audit.WriteAsync("clerk1", "case.view", "AM202612010099", "window", "10.1.2.4");
        await SignInAsync(await _factory.ActorAsync("district"));

        var page = Render<AuditPage>();
        await page.WaitForElementAsync("[data-testid=chain-status]");
        Assert.Equal("true", page.Find("[data-testid=chain-status]").GetAttribute("data-intact"));

        page.Find("input[data-testid=filter-person]").Change("reviewer-bdc");
        page.Find("input[data-testid=filter-action]").Change("case.");
        page.Find("input[data-testid=filter-target]").Change("AM202612010099");
        page.Find("input[data-testid=filter-from]").Change("2026-12-01");
        page.Find("input[data-testid=filter-to]").Change("2026-12-01");
        await page.Find("[data-testid=audit-search]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("[data-testid=audit-row]")));
        var row = page.Find("[data-testid=audit-row]");
        Assert.Equal("denied", row.GetAttribute("data-outcome"));
        Assert.Contains("10.1.2.3", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("person=reviewer-bdc", page.Find("[data-testid=audit-export]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AsAdmin_IsCsvOfTheFilter_AndIsAudited()
    {
        await _factory.Get<AuditWriter>().WriteAsync("clerk2", "document.view", "爱民政服受字〔2026〕第0042号", "sha", "10.9.9.9");
        var client = await SignedInAsync("admin");

        var response = await client.GetAsync("/admin/audit/export.csv?person=clerk2&action=document.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("时间,人员,操作,对象", csv, StringComparison.Ordinal);
        Assert.Contains("爱民政服受字〔2026〕第0042号", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("login", csv, StringComparison.Ordinal);
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "audit.export" && a.Actor == "admin");
        Assert.Equal("人员=clerk2 操作=document.", entry.Subject);
    }

    [Fact]
    public async Task Export_AsHallManager_Is403_AndTheAttemptIsAudited()
    {
        var client = await SignedInAsync("manager-sdg");

        var response = await client.GetAsync("/admin/audit/export.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "access.denied" && a.Actor == "manager-sdg");
        Assert.Equal(("/admin/audit/export.csv", AuditOutcome.Denied), (entry.Subject, entry.Outcome));
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }
}
