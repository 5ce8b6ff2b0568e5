namespace HallDesk.Domain.Catalog;

/// <summary>电子证照 types the rules name. They are data (the registry's own names), not text to translate.</summary>
public static class LicenceTypes
{
    public const string BusinessLicence = "营业执照";
}
