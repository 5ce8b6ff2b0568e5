using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Guide;

/// <summary>GET /api/v1/catalog/…: the public 办事指南 (issue 17 item 1), anonymous, cached, searchable by pinyin initials.</summary>
public sealed class CatalogApiTests : IClassFixture<HallDeskFactory>
{
    private const string Food = "23100400SJ-XK-0001"; // 食品经营许可
    private const string Startup = "YJS-0001"; // 企业开办, in two stages
    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;

    public CatalogApiTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("spjy")]
    [InlineData("SPJY")]
    [InlineData("食品经营")]
    [InlineData("SJ-XK-0001")]
    public async Task ListItems_ByInitialsNameOrCode_Finds食品经营许可First(string q)
    {
        var items = await GetAsync($"/api/v1/catalog/items?q={Uri.EscapeDataString(q)}");

        Assert.Equal(Food, items[0].GetProperty("code").GetString());
        Assert.Equal("食品经营许可", items[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetItem_食品经营许可_SaysDepartmentLimitsFeeFlagsHallsAndWhichMaterialsNeedNotBeBrought()
    {
        var item = await OneAsync($"/api/v1/catalog/items/{Food}");

        Assert.Equal("区市场监督管理局", item.GetProperty("department").GetString());
        Assert.Equal("行政许可", item.GetProperty("kind").GetString());
        Assert.Equal(20, item.GetProperty("legalDays").GetInt32());
        Assert.Equal(5, item.GetProperty("promisedDays").GetInt32());
        Assert.Equal("不收费", item.GetProperty("fee").GetString());
        Assert.False(item.GetProperty("instant").GetBoolean());
        Assert.True(item.GetProperty("commitment").GetBoolean());
        // Every demo hall has a 综合窗口, which takes in every item.
        Assert.Equal(["AM", "XY", "SDG"], item.GetProperty("halls").EnumerateArray().Select(h => h.GetProperty("code").GetString()!));
        var materials = item.GetProperty("materials").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        Assert.Equal("电子证照", materials["营业执照"].GetProperty("exempt").GetString());
        Assert.Equal("营业执照", materials["营业执照"].GetProperty("licence").GetString());
        Assert.Equal("部门共享", materials["住所（经营场所）使用证明"].GetProperty("exempt").GetString());
        Assert.Equal("区不动产登记中心", materials["住所（经营场所）使用证明"].GetProperty("sharedBy").GetString());
        Assert.Equal(JsonValueKind.Null, materials["食品经营许可申请书"].GetProperty("exempt").ValueKind);
    }

    [Fact]
    public async Task ListBundles_Unfiltered_CountsAtLeast45_AndGetBundle_ShowsStagesAndMergedMaterials()
    {
        var bundles = await GetAsync("/api/v1/catalog/bundles");
        var startup = await OneAsync($"/api/v1/catalog/bundles/{Startup}");

        Assert.True(bundles.Count >= 45, $"{bundles.Count} bundles");
        Assert.Equal("企业开办", startup.GetProperty("name").GetString());
        Assert.Equal(2, startup.GetProperty("promisedDays").GetInt32());
        var stages = startup.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("stage").GetInt32()).ToList();
        Assert.Equal([1, 2, 2, 2, 2, 2], stages);
        var names = startup.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(Startup, (await GetAsync("/api/v1/catalog/bundles?q=qykb"))[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetItemAndBundle_UnknownCode_404ProblemInChinese()
    {
        foreach (var path in new[] { "/api/v1/catalog/items/NOPE-1", "/api/v1/catalog/bundles/NOPE-1" })
        {
            var response = await _client.GetAsync(path);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("没有找到编码为 NOPE-1", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ListItems_SameCatalogAgain_AnswersWithETagAndCacheControl_And304ToIfNoneMatch()
    {
        var first = await _client.GetAsync("/api/v1/catalog/items?q=spjy");
        var tag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog/items?q=spjy");
        again.Headers.IfNoneMatch.Add(tag!);
        var second = await _client.SendAsync(again);

        Assert.NotNull(tag);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0 }, first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ListBundles_ChangedBehindTheApp_StillAnswersFromMemory_UntilTheDistrictSaves_ThenRetiredIsGone()
    {
        const string code = "YJS-0002";
        var before = (await OneAsync($"/api/v1/catalog/bundles/{code}")).GetProperty("name").GetString();
        await using (var db = await _factory.DbAsync())
        {
            // Written past the use cases: the public copy is not told, so it still answers what it read.
            await db.Bundles.Where(b => b.Code == code).ExecuteUpdateAsync(s => s.SetProperty(b => b.Name, "改名未保存"));
        }

        var cached = (await OneAsync($"/api/v1/catalog/bundles/{code}")).GetProperty("name").GetString();
        await _factory.Get<RetireBundle>().HandleAsync(await _factory.ActorAsync("district"), code, retire: true);
        var retired = await _client.GetAsync($"/api/v1/catalog/bundles/{code}");
        var listed = (await GetAsync("/api/v1/catalog/bundles")).Select(b => b.GetProperty("code").GetString()).ToList();

        Assert.Equal(before, cached);
        Assert.Equal(HttpStatusCode.NotFound, retired.StatusCode);
        Assert.DoesNotContain(code, listed);
    }

    [Fact]
    public async Task ListItems_QueryOver32Characters_400NamingQ()
    {
        var response = await _client.GetAsync("/api/v1/catalog/items?q=" + new string('a', 33));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("q", out _));
    }

    private async Task<List<JsonElement>> GetAsync(string path) =>
        JsonDocument.Parse(await _client.GetStringAsync(path)).RootElement.EnumerateArray().ToList();

    private async Task<JsonElement> OneAsync(string path) =>
        JsonDocument.Parse(await _client.GetStringAsync(path)).RootElement;
}
