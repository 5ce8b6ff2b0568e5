using HallDesk.Domain.People;

namespace HallDesk.Domain.Tests.People;

public class PersonalDataMaskTests
{
    [Fact]
    public void Phone_ElevenDigitMobile_ShowsFirstThreeAndLastFour()
    {
        Assert.Equal("138****5678", PersonalDataMask.Phone("13812345678"));
    }

    [Fact]
    public void Phone_LandlineWithAreaCode_MasksEverythingBetween()
    {
        Assert.Equal("021*****5678", PersonalDataMask.Phone("021-12345678"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123456")]
    [InlineData("1234567")]
    [InlineData("1381234567")]
    public void Phone_MissingOrShorterThanEleven_IsHiddenEntirely(string? phone)
    {
        Assert.Equal("****", PersonalDataMask.Phone(phone));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张*丰")]
    [InlineData("欧阳娜娜", "欧**娜")]
    public void Name_TwoOrMoreCharacters_KeepsOnlyFirstAndLast(string name, string expected)
    {
        Assert.Equal(expected, PersonalDataMask.Name(name));
    }

    [Fact]
    public void Name_SurroundingSpaces_AreIgnored()
    {
        Assert.Equal("张*丰", PersonalDataMask.Name("  张三丰 "));
    }

    [Fact]
    public void Name_CharacterOutsideTheBasicPlane_CountsAsOne()
    {
        // 𠮷 is a surrogate pair; it must not be split or count as two characters.
        Assert.Equal("𠮷*", PersonalDataMask.Name("𠮷三"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("张")]
    public void Name_EmptyOrSingleCharacter_IsHiddenEntirely(string? name)
    {
        Assert.Equal("*", PersonalDataMask.Name(name));
    }

    [Theory]
    [InlineData("黑龙江省牡丹江市爱民区西三条路12号 张建华 13812345678", "黑龙江省牡丹江市爱民区****")]
    [InlineData("牡丹江市爱民区 联系电话138-1234-5678 光华街5号", "牡丹江市爱民区****")]
    [InlineData("西三条路12号 13812345678", "西三条路12****")]
    [InlineData("光华街5号，电话 0453 6223456", "光华街5号，****")]
    public void Address_KeepsTheRegionMasksTheRestAndEveryPhoneInIt(string address, string expected)
    {
        var masked = PersonalDataMask.Address(address);

        Assert.Equal(expected, masked);
        Assert.DoesNotMatch(@"\d{7}", masked);
    }
}
