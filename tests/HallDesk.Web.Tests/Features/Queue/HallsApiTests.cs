using System.Text.Json;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>GET /api/v1/halls over several halls: what a WeChat mini-program compares halls with.</summary>
public sealed class HallsApiTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public HallsApiTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task GetHalls_SeveralHalls_ListsEveryHallWithEachLinesWaitingAndEstimatedMinutes()
    {
        // Default minutes × waiting ÷ open counters, rounded up: S 6 × 2 ÷ 1 = 12, A 8 × 5 ÷ 2 = 20.
        await new HallBuilder("HH", "黄花街道便民服务中心")
            .Line("S", "社保医保", 6, waiting: 2, openCounters: 1)
            .Line("A", "综合受理", 8, waiting: 5, openCounters: 2)
            .SaveAsync(_factory);
        await new HallBuilder("TB", "铁北街道便民服务中心").Line("A", "综合受理", 8).Hours(14, 17).SaveAsync(_factory);
        await HallBuilder.AddWaitingAsync(_factory, "AM", "B", 3, phone: "13912345678");

        var response = await _factory.CreateClient().GetAsync("/api/v1/halls");

        var body = await response.Content.ReadAsStringAsync();
        var halls = JsonDocument.Parse(body).RootElement.EnumerateArray().ToDictionary(h => h.GetProperty("code").GetString()!);
        await using var db = await _factory.DbAsync();
        Assert.Equal((await db.Halls.Select(h => h.Code).ToListAsync()).Order(), halls.Keys.Order());
        Assert.Equal(["AM", "HH", "SDG", "TB", "XY"], halls.Keys.Order());

        var hh = Lines(halls["HH"]);
        Assert.Equal("黄花街道便民服务中心", halls["HH"].GetProperty("name").GetString());
        Assert.Equal((2, 12), hh["S"]);
        Assert.Equal((5, 20), hh["A"]);
        Assert.Equal("爱民区向阳街道向阳街 26 号", halls["XY"].GetProperty("address").GetString());
        // B 12 minutes, no counter open in the demo hall: one is assumed.
        Assert.Equal((3, 36), Lines(halls["AM"])["B"]);
        Assert.True(halls["HH"].GetProperty("open").GetBoolean());
        Assert.False(halls["TB"].GetProperty("open").GetBoolean());
        Assert.DoesNotContain("13912345678", body);
    }

    [Fact]
    public async Task GetHalls_FreshDemo_ListsTheDistrictHallAndItsTwoSubHallsIn爱民区()
    {
        var halls = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/v1/halls")).RootElement.EnumerateArray()
            .ToDictionary(h => h.GetProperty("code").GetString()!);

        Assert.Equal("爱民区政务服务中心", halls["AM"].GetProperty("name").GetString());
        Assert.Equal("向阳街道便民服务中心", halls["XY"].GetProperty("name").GetString());
        Assert.Equal("三道关镇便民服务中心", halls["SDG"].GetProperty("name").GetString());
        Assert.All(new[] { "AM", "XY", "SDG" }, code => Assert.StartsWith("爱民区", halls[code].GetProperty("address").GetString()));
        Assert.StartsWith("爱民区三道关镇", halls["SDG"].GetProperty("address").GetString());
    }

    private static Dictionary<string, (int Waiting, int Minutes)> Lines(JsonElement hall) =>
        hall.GetProperty("lines").EnumerateArray().ToDictionary(
            l => l.GetProperty("code").GetString()!,
            l => (l.GetProperty("waiting").GetInt32(), l.GetProperty("estimatedWaitMinutes").GetInt32()));
}
