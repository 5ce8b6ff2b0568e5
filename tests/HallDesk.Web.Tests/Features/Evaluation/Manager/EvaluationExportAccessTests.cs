using System.Net;
using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>
/// The 好差评 export by role: a hall manager gets their own hall only and masked names; district roles any hall, and the
/// names only when they ask for them; every export and every refusal is audited with its filter.
/// </summary>
public sealed class EvaluationExportAccessTests : IClassFixture<RatedHallFactory>
{
    private const string Days = "from=2026-12-01&to=2026-12-01";
    private readonly RatedHallFactory _factory;

    public EvaluationExportAccessTests(RatedHallFactory factory) => _factory = factory;

    [Fact]
    public async Task SubHallManager_AskingForAnotherHall_Is403_AndTheRefusalIsAuditedWithItsFilter()
    {
        await _factory.RatedAsync();
        var client = await SignedInAsync("manager-xy");

        var response = await client.GetAsync($"/api/v1/evaluations/export?{Days}&hall=AM");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("applicantName", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "evaluation.export" && a.Actor == "manager-xy");
        Assert.Equal(("AM/2026-12-01~2026-12-01", AuditOutcome.Denied), (entry.Subject, entry.Outcome));
    }

    [Fact]
    public async Task SubHallManager_WithoutAHall_GetsOnlyTheirOwnHall()
    {
        await _factory.RatedAsync();
        var client = await SignedInAsync("manager-sdg");

        var response = await client.GetAsync($"/api/v1/evaluations/export?{Days}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "evaluation.export" && a.Actor == "manager-sdg"
            && a.Subject == "SDG/2026-12-01~2026-12-01" && a.Outcome == AuditOutcome.Ok));
    }

    [Fact]
    public async Task HallManager_AskingForNames_Is403()
    {
        await _factory.RatedAsync();
        var client = await SignedInAsync("manager");

        var response = await client.GetAsync($"/api/v1/evaluations/export?{Days}&authorised=true");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("张建华", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistrictManager_MayExportAnyHallWithNames_AndTheExportIsAudited()
    {
        await _factory.RatedAsync();
        var client = await SignedInAsync("district");

        var response = await client.GetAsync($"/api/v1/evaluations/export?{Days}&hall=AM&authorised=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, records.Count);
        Assert.Contains(records, r => r.GetProperty("applicantName").GetString() == "张建华");
        await using var db = await _factory.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "evaluation.export" && a.Actor == "district");
        Assert.Equal(("AM/2026-12-01~2026-12-01", AuditOutcome.Ok), (entry.Subject, entry.Outcome));
        Assert.Contains("实名", entry.Details, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }
}
