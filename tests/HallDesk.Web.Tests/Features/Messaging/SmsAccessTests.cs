using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Messaging;

/// <summary>The outbox is Admin's alone: the page and the API, with whole phones; anyone else gets 401/403.</summary>
public sealed class SmsAccessTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private async Task QueueAsync(string phone, string text)
    {
        await using var write = await WriteScope.BeginAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>(), factory.Get<WriteGate>(), default);
        await factory.Get<SmsOutbox>().AddAsync(write, SmsKind.CaseAccepted, phone, "AM", "case", text, factory.Clock.GetUtcNow().UtcDateTime);
        await write.CommitAsync(default);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = LoginClient.Create(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, user, HallDeskFactory.Password)).StatusCode);
        return client;
    }

    [Fact]
    public async Task Api_AsAdmin_ListsNewestFirstWithWholePhones_FilteredByPhone()
    {
        await QueueAsync("13711112222", "第一条");
        await QueueAsync("13711112222", "第二条");
        await QueueAsync("13733334444", "别人的");
        var client = await SignedInAsync("admin");

        var rows = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/sms?phone=13711112222");

        var list = rows.EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal("13711112222", list[0].GetProperty("phone").GetString());
        Assert.EndsWith("第二条", list[0].GetProperty("text").GetString());
        Assert.EndsWith("第一条", list[1].GetProperty("text").GetString());
        Assert.Equal("Pending", list[0].GetProperty("status").GetString());
        Assert.Equal(0, list[0].GetProperty("attempts").GetInt32());
    }

    [Theory]
    [InlineData("clerk1")]
    [InlineData("manager")]
    [InlineData("district")]
    public async Task Api_AsNonAdmin_Is403(string user)
    {
        var client = await SignedInAsync(user);

        var response = await client.GetAsync("/api/v1/admin/sms");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Api_Anonymous_Is401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/admin/sms");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_AsAdmin_ShowsWholePhoneAndStatus_AsClerk_IsRefused()
    {
        await QueueAsync("13755556666", "页面里的短信");
        await factory.Get<SendDueSms>().HandleAsync();

        var admin = await (await SignedInAsync("admin")).GetStringAsync("/admin/sms");
        var clerk = await (await SignedInAsync("clerk1")).GetAsync("/admin/sms");

        Assert.Contains("13755556666", admin, StringComparison.Ordinal);
        Assert.Contains("已存入发件箱（未外发）", admin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, clerk.StatusCode);
        Assert.Contains("access-denied", clerk.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
