namespace HallDesk.Domain.People;

/// <summary>The characters that end a region in a Chinese address (黑龙江省牡丹江市爱民区): data the address mask reads, not words shown.</summary>
public static class AddressRegions
{
    public const string Ends = "省市区县旗镇乡";
}
