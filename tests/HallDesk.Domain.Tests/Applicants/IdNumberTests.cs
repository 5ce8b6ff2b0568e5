using HallDesk.Domain.Applicants;

namespace HallDesk.Domain.Tests.Applicants;

public class IdNumberTests
{
    // Each valid sample was checked by hand with GB 11643: Σ(digit × weight) mod 11 indexes "10X98765432".
    // 440304199001011233: 28+36+0+15+0+16+2+9+54+0+0+9+0+5+8+8+6 = 196, 196 mod 11 = 9 → '3'.
    [Theory]
    [InlineData("11010519491231002X")] // the sample printed with the standard: sum mod 11 = 2 → 'X'
    [InlineData("440304199001011233")]
    [InlineData("620102198511203214")]
    [InlineData("110105194901010021")] // sum 121, mod 11 = 0 → '1'
    [InlineData("110105194901010080")] // sum 133, mod 11 = 1 → '0'
    [InlineData("510107200002290010")] // born on a leap day, 2000-02-29
    public void Validate_CorrectCheckCharacter_ReturnsNull(string id)
    {
        Assert.Null(IdNumber.Validate(id));
    }

    [Fact]
    public void Validate_LowercaseX_IsAccepted()
    {
        Assert.Null(IdNumber.Validate("11010519491231002x"));
    }

    [Fact]
    public void Validate_SurroundingSpaces_AreIgnored()
    {
        Assert.Null(IdNumber.Validate("  11010519491231002X "));
    }

    [Theory]
    [InlineData("110105194912310021")] // should end in X
    [InlineData("440304199001011234")] // should end in 3
    [InlineData("110105194901010020")] // should end in 1
    public void Validate_WrongCheckCharacter_NamesTheCheckCharacter(string id)
    {
        Assert.Equal("IdNumber.Checksum", IdNumber.Validate(id)?.Key);
    }

    [Theory]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X0", 19)]
    [InlineData("110105491231002", 15)] // the old 15-digit card
    public void Validate_NotEighteenCharacters_SaysHowManyWereTyped(string id, int length)
    {
        var problem = IdNumber.Validate(id);
        Assert.Equal("IdNumber.Length", problem?.Key);
        Assert.Equal([length], problem!.Args);
    }

    [Theory]
    [InlineData("1101051949123100AX")]
    [InlineData("X1010519491231002X")]
    [InlineData("110105１９491231002X")] // full-width digits are not ASCII digits
    public void Validate_NonDigitInFirstSeventeen_IsRejected(string id)
    {
        Assert.Equal("IdNumber.Digits", IdNumber.Validate(id)?.Key);
    }

    [Fact]
    public void Validate_LastCharacterLetterOtherThanX_IsRejected()
    {
        Assert.Equal("IdNumber.LastCharacter", IdNumber.Validate("11010519491231002Y")?.Key);
    }

    [Fact]
    public void Validate_ImpossibleBirthDate_IsRejected()
    {
        // 1999-02-30 does not exist; the check character (X) is right, so only the date can fail it.
        Assert.Equal("IdNumber.BirthDate", IdNumber.Validate("11010119990230001X")?.Key);
    }

    [Fact]
    public void Validate_BornBefore1900_IsRejected()
    {
        // 1899-12-31 with a correct check character ('3').
        Assert.Equal("IdNumber.BirthDate", IdNumber.Validate("110105189912310023")?.Key);
    }

    [Fact]
    public void Validate_RegionStartingWithZero_IsRejected()
    {
        // Check character '6' is correct for these 17 digits, so only the region can fail it.
        Assert.Equal("IdNumber.Region", IdNumber.Validate("010105194912310026")?.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_Empty_AsksForTheNumber(string? id)
    {
        Assert.Equal("IdNumber.Required", IdNumber.Validate(id)?.Key);
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44030419900101123", '3')]
    [InlineData("11010519490101002", '1')]
    [InlineData("11010519490101008", '0')]
    public void CheckCharacter_FirstSeventeenDigits_ReturnsCharacterOfWeightedSum(string first17, char expected)
    {
        Assert.Equal(expected, IdNumber.CheckCharacter(first17));
    }

    [Fact]
    public void IsValid_FollowsValidate()
    {
        Assert.True(IdNumber.IsValid("11010519491231002X"));
        Assert.False(IdNumber.IsValid("110105194912310021"));
    }

    [Fact]
    public void BirthDate_ValidNumber_ReadsDigitsSevenToFourteen()
    {
        Assert.Equal(new DateOnly(1949, 12, 31), IdNumber.BirthDate("11010519491231002X"));
    }

    [Fact]
    public void Mask_EighteenCharacters_KeepsFirstFourAndLastFour()
    {
        Assert.Equal("1101**********002X", IdNumber.Mask("11010519491231002X"));
    }

    [Fact]
    public void Mask_ShorterThanEight_IsHiddenEntirely()
    {
        Assert.Equal("****", IdNumber.Mask("1101051"));
    }
}
