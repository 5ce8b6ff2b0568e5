using System.Security.Cryptography;

namespace HallDesk.Data;

/// <summary>
/// One scan or upload of one material, of a case (taken at the window) or of an online application (until it is
/// accepted, then of its case too). The bytes are in the <see cref="FileStore"/> under <see cref="Sha256"/>; the row is
/// never deleted when the case changes state. Served only by <c>/files/{PublicId}</c>, with the case's need to know.
/// </summary>
public sealed class MaterialFile
{
    private MaterialFile()
    {
    }

    public long Id { get; private set; }

    /// <summary>The address of the file (random, 32 hex): the ids are not guessable.</summary>
    public string PublicId { get; private set; } = "";

    public string? CaseNumber { get; private set; }

    /// <summary>The online application it came with (申报编号).</summary>
    public string? ApplicationNumber { get; private set; }

    /// <summary>The hall whose staff may see it before it belongs to a case.</summary>
    public string HallCode { get; private set; } = "";

    public string MaterialKey { get; private set; } = "";

    public string MaterialName { get; private set; } = "";

    /// <summary>The name it was uploaded under, or null when that name held path characters (then only the hash names it).</summary>
    public string? FileName { get; private set; }

    public string Sha256 { get; private set; } = "";

    public long Size { get; private set; }

    public string ContentType { get; private set; } = "";

    public DateTime AddedAt { get; private set; }

    public string AddedBy { get; private set; } = "";

    /// <summary>The 补正 round it came in (0: with the application or at the window).</summary>
    public int Round { get; private set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public string DisplayName => FileName ?? Sha256[..12] + Extension(ContentType);

    public static MaterialFile Of(string hallCode, string materialKey, string materialName, string? uploadedName, string sha256, long size,
        string contentType, DateTime now, string addedBy, string? caseNumber = null, string? applicationNumber = null, int round = 0) => new()
    {
        PublicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        HallCode = hallCode,
        MaterialKey = materialKey,
        MaterialName = materialName,
        FileName = SafeName(uploadedName),
        Sha256 = sha256,
        Size = size,
        ContentType = contentType,
        AddedAt = now,
        AddedBy = addedBy,
        CaseNumber = caseNumber,
        ApplicationNumber = applicationNumber,
        Round = round,
    };

    /// <summary>The application was accepted: its files belong to the case from now on.</summary>
    public void BelongTo(string caseNumber) => CaseNumber = caseNumber;

    /// <summary>A plain file name is kept for display; one with path characters (or none) is not kept at all.</summary>
    public static string? SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 120 || name is "." or ".."
            || name.IndexOfAny(['/', '\\', ':', '\0']) >= 0 || name.Any(char.IsControl) || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return name.Trim();
    }

    private static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => "",
    };
}
