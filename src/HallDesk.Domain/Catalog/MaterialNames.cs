namespace HallDesk.Domain.Catalog;

/// <summary>
/// Materials a rule adds to a checklist, named as the catalog names its own: data stored verbatim with the case's
/// materials and printed on its documents, not a message to translate.
/// </summary>
public static class MaterialNames
{
    public const string PowerOfAttorney = "授权委托书";

    public const string OriginalForm = "原件";
}
