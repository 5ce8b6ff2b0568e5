using HallDesk.Domain.Applicants;

namespace HallDesk.Domain.Tests.Applicants;

public class CreditCodeTests
{
    // GB 32100: each of the first 17 characters is its index in "0123456789ABCDEFGHJKLMNPQRTUWXY",
    // weighted 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; check = 31 − (sum mod 31), 31 → '0'.
    // 91350100M000100Y43: 9·1+1·3+3·9+5·27+0+1·26+0+0+21(M)·20+0+0+0+1·8+0+0+30(Y)·30+4·28 = 1640,
    // 1640 mod 31 = 28, 31 − 28 = 3 → '3'.
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108551385082Q")]
    [InlineData("91310115MA1K3YJ2X5")]
    [InlineData("52100000500000392L")]
    [InlineData("121000004000003980")] // sum 620 = 20 × 31, so 31 − 0 = 31 wraps to '0'
    public void Validate_CorrectCheckCharacter_ReturnsNull(string code)
    {
        Assert.Null(CreditCode.Validate(code));
    }

    [Fact]
    public void Validate_LowercaseLetters_AreAccepted()
    {
        Assert.Null(CreditCode.Validate("91350100m000100y43"));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("121000004000003981")]
    public void Validate_WrongCheckCharacter_NamesTheCheckCharacter(string code)
    {
        Assert.Equal("CreditCode.Checksum", CreditCode.Validate(code)?.Key);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void Validate_ForbiddenLetter_NamesTheLetter(char letter)
    {
        // Put after the region digits, so only the alphabet rule can catch it.
        var code = "91350100" + letter + "000100Y43";

        var problem = CreditCode.Validate(code);
        Assert.Equal("CreditCode.BadCharacter", problem?.Key);
        Assert.Equal([letter.ToString()], problem!.Args);
    }

    [Fact]
    public void Validate_LetterInRegionDigits_IsRejected()
    {
        // 'A' at position 3; the check character '2' is right for these 17 characters.
        Assert.Equal("CreditCode.RegionDigits", CreditCode.Validate("91A50100M000100Y42")?.Key);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y430", 19)]
    public void Validate_NotEighteenCharacters_SaysHowManyWereTyped(string code, int length)
    {
        var problem = CreditCode.Validate(code);
        Assert.Equal("CreditCode.Length", problem?.Key);
        Assert.Equal([length], problem!.Args);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_Empty_AsksForTheCode(string? code)
    {
        Assert.Equal("CreditCode.Required", CreditCode.Validate(code)?.Key);
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("12100000400000398", '0')]
    [InlineData("91A50100M000100Y4", '2')]
    public void CheckCharacter_FirstSeventeen_ReturnsCharacterOfWeightedSum(string first17, char expected)
    {
        Assert.Equal(expected, CreditCode.CheckCharacter(first17));
    }

    [Fact]
    public void IsValid_FollowsValidate()
    {
        Assert.True(CreditCode.IsValid("91350100M000100Y43"));
        Assert.False(CreditCode.IsValid("91350100M000100Y44"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(999_999)]
    public void ForNewCompany_GivesAValidCodeOfTheRegion(int sequence)
    {
        var code = CreditCode.ForNewCompany("231004", sequence);

        Assert.True(CreditCode.IsValid(code), code);
        Assert.StartsWith("91231004MA", code);
        Assert.Equal(CreditCode.OrganisationCheck(code.AsSpan(8, 8)), code[16]);
    }

    [Theory]
    [InlineData("D2143569", 'X')] // GB 11714's own example: D2143569-X
    [InlineData("MA000001", '5')]
    public void OrganisationCheck_FollowsGb11714(string body, char check)
    {
        Assert.Equal(check, CreditCode.OrganisationCheck(body));
    }
}
