using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Tests.Catalog;

public class PinyinInitialsTests
{
    [Theory]
    [InlineData("食品经营许可", "spjyxk")]
    [InlineData("企业开办", "qykb")]
    [InlineData("阿", "a")] // the first character of level 1
    [InlineData("座", "z")] // the last
    [InlineData("社会保障卡应用状态变更（启用、挂失）", "shbzkyyztbgqygs")]
    [InlineData("0-6岁残疾儿童康复救助", "06scjetkfjz")]
    public void Of_LevelOneCharacters_TakeTheInitialOfTheirPlace(string name, string initials) =>
        Assert.Equal(initials, PinyinInitials.Of(name));

    [Theory]
    [InlineData("特种行业许可", "tzhyxk")] // 行 is xíng by its place; in 行业 it is háng
    [InlineData("行政处罚", "xzcf")]
    [InlineData("殡葬服务", "bzfw")] // 殡 is a level-2 character, ordered by radical
    [InlineData("麒麟", "ql")]
    public void Of_PolyphonesAndLevelTwoCharacters_ComeFromTheTables(string name, string initials) =>
        Assert.Equal(initials, PinyinInitials.Of(name));

    [Fact]
    public void Unknown_CharactersOutsideGb2312LevelOneAndTheTable_AreNamed()
    {
        Assert.Equal(['镕', '燊'], PinyinInitials.Unknown("王镕燊"));
        Assert.Empty(PinyinInitials.Unknown("食品经营许可（A 类）"));
        Assert.Equal("w", PinyinInitials.Of("王镕燊"));
    }
}
