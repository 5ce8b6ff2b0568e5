using HallDesk.Domain.People;

namespace HallDesk.Domain.Tests.People;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19900001111")]
    [InlineData("15000000000")]
    public void IsValidMobile_ElevenDigitsStartingThirteenToNineteen_IsTrue(string value)
    {
        Assert.True(PhoneNumber.IsValidMobile(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12812345678")] // second digit 2
    [InlineData("23812345678")] // does not start with 1
    [InlineData("1381234567")] // 10 digits
    [InlineData("138123456789")] // 12 digits
    [InlineData("138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("1381234567a")]
    [InlineData("13812345678\n")] // trailing newline
    [InlineData("13٨12345678")] // a non-ASCII digit
    public void IsValidMobile_AnythingElse_IsFalse(string? value)
    {
        Assert.False(PhoneNumber.IsValidMobile(value));
    }

    [Theory]
    [InlineData(" 138 1234 5678 ", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("13812345678", "13812345678")]
    public void Normalize_SpacesAndDashes_AreRemoved(string typed, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_EmptyInput_IsNull(string? typed)
    {
        Assert.Null(PhoneNumber.Normalize(typed));
    }

    [Fact]
    public void Normalize_TypedWithDashes_BecomesAValidMobile()
    {
        var normalized = PhoneNumber.Normalize("138-1234-5678");

        Assert.True(PhoneNumber.IsValidMobile(normalized));
    }
}
