namespace HallDesk.Data;

/// <summary>A row of the demo 电子证照 table behind the intake feature's LocalLicenceRegistry.</summary>
public sealed class ElectronicLicence
{
    public int Id { get; set; }

    /// <summary>居民身份证号码 or 统一社会信用代码 of the holder.</summary>
    public string HolderId { get; set; } = "";

    public string HolderName { get; set; } = "";

    /// <summary>居民身份证, 户口簿, 结婚证, 营业执照, ….</summary>
    public string Type { get; set; } = "";

    public string Number { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly? ValidUntil { get; set; }
}
