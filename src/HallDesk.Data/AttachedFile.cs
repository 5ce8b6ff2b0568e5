namespace HallDesk.Data;

/// <summary>A file kept in the <see cref="FileStore"/> for one material, not yet recorded against a case or application.</summary>
public sealed record AttachedFile(string MaterialKey, string? FileName, string Sha256, long Size, string ContentType)
{
    public static AttachedFile Of(string materialKey, string? fileName, StagedFile staged) =>
        new(materialKey, MaterialFile.SafeName(fileName), staged.Sha256, staged.Size, staged.ContentType);
}
