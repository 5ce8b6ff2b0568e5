namespace HallDesk.Domain.Catalog;

/// <summary>One line of the merged checklist: a material and the items that ask for it.</summary>
public sealed record ChecklistLine(MaterialRequirement Material, IReadOnlyList<string> ItemCodes)
{
    public string Key => Material.Key;
}

public static class MaterialChecklist
{
    /// <summary>
    /// Merges the materials of several items: each material key once, required when any item requires
    /// it, the most copies any item asks for, in the order first asked.
    /// </summary>
    public static IReadOnlyList<ChecklistLine> Merge(IEnumerable<ServiceItem> items)
    {
        var lines = new List<(MaterialRequirement Material, List<string> Items)>();
        foreach (var item in items)
        {
            foreach (var material in item.Materials)
            {
                var index = lines.FindIndex(l => l.Material.Key == material.Key);
                if (index < 0)
                {
                    lines.Add((material, [item.Code]));
                    continue;
                }

                var (merged, codes) = lines[index];
                codes.Add(item.Code);
                lines[index] = (merged with
                {
                    Required = merged.Required || material.Required,
                    Copies = Math.Max(merged.Copies, material.Copies),
                    Licence = merged.Licence ?? material.Licence,
                    SharedBy = merged.SharedBy ?? material.SharedBy,
                    // 容缺 only where every item asking for it allows it: a key material of one item is never waived.
                    Deferrable = merged.Deferrable && material.Deferrable,
                }, codes);
            }
        }

        return lines.Select(l => new ChecklistLine(l.Material, l.Items)).ToList();
    }

    /// <summary>The key of the 授权委托书 in the catalog.</summary>
    public const string PowerOfAttorneyKey = "power-of-attorney";

    /// <summary>
    /// When an agent (代理人) applies, the 授权委托书 is required: the item's own line becomes required, or the line is
    /// added for every item. Its name is catalog data, like the seed file's.
    /// </summary>
    public static IReadOnlyList<ChecklistLine> ForAgent(IReadOnlyList<ChecklistLine> lines)
    {
        if (lines.Any(l => l.Key == PowerOfAttorneyKey))
        {
            return lines.Select(l => l.Key == PowerOfAttorneyKey ? l with { Material = l.Material with { Required = true } } : l).ToList();
        }

        var items = lines.SelectMany(l => l.ItemCodes).Distinct().ToList();
        return [.. lines, new ChecklistLine(new MaterialRequirement(PowerOfAttorneyKey, MaterialNames.PowerOfAttorney, MaterialNames.OriginalForm, 1, true, null, null), items)];
    }
}
