using System.Text.Json;
using HallDesk.Data;
using HallDesk.Domain.Catalog;

namespace HallDesk.Web.Tests.Features.Guide;

/// <summary>Every name in the district's catalog file gets pinyin initials: a character without one fails here, naming it.</summary>
public sealed class CatalogPinyinTests
{
    [Fact]
    public void PinyinInitials_EveryCatalogName_HasAnInitialForEveryCharacter()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(CatalogSeed.DefaultPath));
        var names = new[] { "departments", "items", "bundles" }
            .SelectMany(section => file.RootElement.GetProperty(section).EnumerateArray())
            .SelectMany(row => new[] { row.GetProperty("name").GetString()! }
                .Concat(row.TryGetProperty("materials", out var materials) ? materials.EnumerateArray().Select(m => m.GetProperty("name").GetString()!) : []))
            .ToList();

        var missing = names.Select(n => (Name: n, Unknown: PinyinInitials.Unknown(n))).Where(n => n.Unknown.Count > 0)
            .Select(n => $"{n.Name}: {string.Concat(n.Unknown)}").ToList();

        Assert.True(names.Count > 500, $"{names.Count} names read");
        Assert.True(missing.Count == 0, "Characters without an initial (add them to PinyinInitials):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void PinyinInitials_CatalogItemNames_MatchTheReadingsOfTheirWords()
    {
        Assert.Equal("spjyxk", PinyinInitials.Of("食品经营许可"));
        Assert.Equal("lgytzhyxkzhf", PinyinInitials.Of("旅馆业特种行业许可证核发"));
        Assert.Equal("gwxxtyxmjyxkyy", PinyinInitials.Of("高危险性体育项目经营许可（游泳）"));
    }
}
