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
        await new HallBuilder("XG", "西固街道便民服务中心")
            .Line("S", "社保医保", 6, waiting: 2, openCounters: 1)
            .Line("A", "综合受理", 8, waiting: 5, openCounters: 2)
            .SaveAsync(_factory);
        await new HallBuilder("QL", "青龙镇便民服务中心").Line("A", "综合受理", 8).Hours(14, 17).SaveAsync(_factory);
        await HallBuilder.AddWaitingAsync(_factory, "AM", "B", 3, phone: "13912345678");

        var response = await _factory.CreateClient().GetAsync("/api/v1/halls");

        var body = await response.Content.ReadAsStringAsync();
        var halls = JsonDocument.Parse(body).RootElement.EnumerateArray().ToDictionary(h => h.GetProperty("code").GetString()!);
        await using var db = await _factory.DbAsync();
        Assert.Equal((await db.Halls.Select(h => h.Code).ToListAsync()).Order(), halls.Keys.Order());
        Assert.Equal(["AM", "DG", "QBS", "QL", "XG"], halls.Keys.Order());

        var xg = Lines(halls["XG"]);
        Assert.Equal("西固街道便民服务中心", halls["XG"].GetProperty("name").GetString());
        Assert.Equal((2, 12), xg["S"]);
        Assert.Equal((5, 20), xg["A"]);
        Assert.Equal("爱民区东岗西路 88 号", halls["DG"].GetProperty("address").GetString());
        // B 12 minutes, no counter open in the demo hall: one is assumed.
        Assert.Equal((3, 36), Lines(halls["AM"])["B"]);
        Assert.True(halls["XG"].GetProperty("open").GetBoolean());
        Assert.False(halls["QL"].GetProperty("open").GetBoolean());
        Assert.DoesNotContain("13912345678", body);
    }

    private static Dictionary<string, (int Waiting, int Minutes)> Lines(JsonElement hall) =>
        hall.GetProperty("lines").EnumerateArray().ToDictionary(
            l => l.GetProperty("code").GetString()!,
            l => (l.GetProperty("waiting").GetInt32(), l.GetProperty("estimatedWaitMinutes").GetInt32()));
}
