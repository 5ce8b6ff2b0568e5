namespace HallDesk.Domain.Catalog;

/// <summary>
/// 材料: one material an item asks for. <see cref="Key"/> is shared across items for the same
/// material, so a bundle asks for it once.
/// </summary>
/// <param name="Licence">The 电子证照 type that can supply it (免提交), or null.</param>
/// <param name="SharedBy">The department that already holds it (部门间共享, not asked again), or null.</param>
/// <param name="Deferrable">容缺: a non-key material the window may accept the case without, on the applicant's written promise to bring it by a date.</param>
public sealed record MaterialRequirement(
    string Key,
    string Name,
    string Form,
    int Copies,
    bool Required,
    string? Licence,
    string? SharedBy,
    bool Deferrable = false);
