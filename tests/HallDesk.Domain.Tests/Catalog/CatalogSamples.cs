using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Tests.Catalog;

/// <summary>Catalog entries with only the parts a test cares about spelled out.</summary>
internal static class CatalogSamples
{
    public static MaterialRequirement Material(string key, bool required = true, int copies = 1, string? licence = null, string? sharedBy = null) =>
        new(key, "材料" + key, "原件", copies, required, licence, sharedBy);

    public static ServiceItem ItemWith(string code, params MaterialRequirement[] materials) =>
        new(code, "事项" + code, "sx", "SCJG", "行政许可", 20, 10, "不收费", false, false, "《行政许可法》", materials);

    public static ServiceItem Item(string code = "SP-XK-0001", string name = "食品经营许可", string pinyin = "spjyxk",
        int? legalDays = 20, int promisedDays = 10, bool instant = false, bool commitment = false) =>
        new(code, name, pinyin, "SCJG", "行政许可", legalDays, promisedDays, "不收费", instant, commitment, "《食品安全法》", []);
}
