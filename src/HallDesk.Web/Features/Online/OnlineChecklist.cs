using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Online;

/// <summary>The merged checklist of an online application, and its check: a file for a material it has, one for every required one.</summary>
public static class OnlineChecklist
{
    /// <summary>What the applicant must upload: the materials not supplied by 电子证照, another department or an earlier stage.</summary>
    public static bool AskedFor(CaseMaterial m) => m.State is MaterialState.Missing or MaterialState.Submitted;

    /// <returns>The checklist as it stands with these files.</returns>
    public static async Task<IReadOnlyList<CaseMaterial>> CheckAsync(TakeInApplication intake, CatalogSelection selection, string applicantId,
        StagedUploads files, CancellationToken ct)
    {
        var keys = files.Files.Select(f => f.MaterialKey).ToHashSet(StringComparer.Ordinal);
        var materials = await intake.ChecklistAsync(selection, applicantId, keys, ct: ct);
        if (keys.FirstOrDefault(k => !materials.Any(m => m.Key == k && AskedFor(m))) is { } unknown)
        {
            throw new InputException("files", "Online.UnknownMaterial", unknown);
        }

        var missing = materials.Where(m => m.Required && m.State == MaterialState.Missing).ToList();
        if (missing.Count > 0)
        {
            throw new InputException("files", "Online.MaterialsMissing", missing.Count, string.Join("、", missing.Select(m => $"{m.Name}（{m.Key}）")));
        }

        return materials;
    }
}
