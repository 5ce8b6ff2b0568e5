using System.Security.Cryptography;
using System.Text.Json;
using HallDesk.Domain.Catalog;

namespace HallDesk.Web.Features.Guide;

/// <summary>
/// The public catalog as it was read once: items, bundles in the district's order (retired ones left out), and their
/// pinyin initials derived from the names. <see cref="ETag"/> is a hash of the content, so every node answers the same
/// catalog with the same tag.
/// </summary>
public sealed class CatalogSnapshot
{
    public const int MaxQueryLength = 32;

    private readonly List<(GuideItem Item, string Initials, string Pinyin)> _items;
    private readonly List<(GuideBundle Bundle, string Initials, string Pinyin)> _bundles;

    public CatalogSnapshot(IReadOnlyList<(GuideItem Item, string Pinyin)> items, IReadOnlyList<(GuideBundle Bundle, string Pinyin)> bundles)
    {
        _items = items.Select(i => (i.Item, PinyinInitials.Of(i.Item.Name), i.Pinyin.ToLowerInvariant())).ToList();
        _bundles = bundles.Select(b => (b.Bundle, PinyinInitials.Of(b.Bundle.Name), b.Pinyin.ToLowerInvariant())).ToList();
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { items = items.Select(i => i.Item), bundles = bundles.Select(b => b.Bundle) }));
        ETag = $"\"catalog-{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
    }

    /// <summary>The strong entity tag of every answer made from this snapshot.</summary>
    public string ETag { get; }

    public int BundleCount => _bundles.Count;

    public GuideItem? Item(string code) => _items.FirstOrDefault(i => string.Equals(i.Item.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)).Item;

    public GuideBundle? Bundle(string code) => _bundles.FirstOrDefault(b => string.Equals(b.Bundle.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)).Bundle;

    /// <summary>Items whose name, code or pinyin initials contain <paramref name="query"/>; all items when it is empty. Prefix matches first.</summary>
    public IReadOnlyList<GuideItem> Items(string? query) =>
        Search(_items, query, i => (i.Item.Name, i.Item.Code, i.Initials, i.Pinyin)).Select(i => i.Item).ToList();

    public IReadOnlyList<GuideBundle> Bundles(string? query) =>
        Search(_bundles, query, b => (b.Bundle.Name, b.Bundle.Code, b.Initials, b.Pinyin)).Select(b => b.Bundle).ToList();

    /// <summary>Bundles first (a life event is what most people come for), then items.</summary>
    public IReadOnlyList<GuideHit> Hits(string? query) =>
        Bundles(query).Select(b => new GuideHit(b.Code, b.Name, true, b.Departments, b.PromisedDays, b.Instant, false))
            .Concat(Items(query).Select(i => new GuideHit(i.Code, i.Name, false, i.Department, i.PromisedDays, i.Instant, i.Commitment)))
            .ToList();

    private static IEnumerable<T> Search<T>(IEnumerable<T> rows, string? query, Func<T, (string Name, string Code, string Initials, string Pinyin)> keys)
    {
        var q = (query ?? "").Trim();
        if (q.Length == 0)
        {
            return rows;
        }

        var letters = q.ToLowerInvariant();
        return rows
            .Select(r => (Row: r, Keys: keys(r)))
            .Where(r => r.Keys.Name.Contains(q, StringComparison.Ordinal)
                || r.Keys.Code.Contains(q, StringComparison.OrdinalIgnoreCase)
                || r.Keys.Initials.Contains(letters, StringComparison.Ordinal)
                || (r.Keys.Pinyin.Length > 0 && r.Keys.Pinyin.Contains(letters, StringComparison.Ordinal)))
            .OrderByDescending(r => r.Keys.Name.StartsWith(q, StringComparison.Ordinal)
                || r.Keys.Code.Equals(q, StringComparison.OrdinalIgnoreCase)
                || r.Keys.Initials.StartsWith(letters, StringComparison.Ordinal))
            .Select(r => r.Row);
    }
}
