using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using HallDesk.Domain;
using HallDesk.Domain.Appointments;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Localization;

/// <summary>The words for the domain's keys: both languages, every key, the arguments said in the reader's language.</summary>
public sealed partial class TextsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Type[] LabelledEnums =
    [
        typeof(TicketStatus), typeof(CounterState), typeof(CaseStatus), typeof(ReviewStatus), typeof(DeadlineLight),
        typeof(EvaluationLevel), typeof(EvaluationChannel), typeof(RectificationStatus), typeof(AppointmentStatus),
    ];

    /// <summary>Issue 18 item 5: handling across the district's halls is 全区通办 (HallDesk serves one district, not a city).</summary>
    [Fact]
    public void CollectionHallChoice_IsCalledHandlingAcrossTheDistrict()
    {
        var strings = new ResourceManager("HallDesk.Web.Localization.Strings", typeof(Texts).Assembly);

        Assert.Equal("取件大厅（全区通办）", strings.GetString("Intake.CollectionHall", Texts.Chinese));
        var set = strings.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        Assert.DoesNotContain(set.Cast<System.Collections.DictionaryEntry>(), e => e.Value is string text && text.Contains("全城通办", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_DomainException_SaysItInTheGivenCulture_WithTheStateAsItsLabel()
    {
        var error = new DomainException("Ticket.FinishNotAtCounter", "A001", TicketStatus.Waiting);

        Assert.Equal("只有窗口正在办理的号票可以办结（A001号当前为等候中）。", Texts.Of(error, Texts.Chinese));
        Assert.Equal("Only a ticket being served at a counter can be finished (ticket A001 is waiting).", Texts.Of(error, English));
    }

    [Fact]
    public void Of_ListsDatesAndTimes_AreJoinedAndFormattedPerCulture()
    {
        var missing = new DomainException("Case.MaterialsMissing", new List<string> { "租赁合同", "营业执照" });
        var late = new DomainException("Appointment.TooEarly", new TimeOnly(9, 0), new TimeOnly(8, 30));
        var day = new DomainException("Booking.AlreadyBooked", new DateOnly(2026, 12, 3));

        Assert.Equal("必要材料不齐，不能受理：租赁合同、营业执照。请选择“补正”。", Texts.Of(missing, Texts.Chinese));
        Assert.Equal("Required materials are missing, so the case cannot be accepted: 租赁合同, 营业执照. Choose “Correction”.", Texts.Of(missing, English));
        Assert.Equal("预约时段 09:00 开始，08:30 起可以签到，请稍后再来。", Texts.Of(late, Texts.Chinese));
        Assert.Contains("2026-12-03", Texts.Of(day, English), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_UnknownKey_ShowsTheKeyAndArgs()
    {
        Assert.Equal("No.Such.Key [7]", Texts.Of(new DomainMessage("No.Such.Key", 7), English));
    }

    [Fact]
    public void EveryKeyUsedInCode_HasChineseAndEnglishText()
    {
        var missing = UsedKeys()
            .SelectMany(k => new[] { (k, Set(Texts.ErrorTexts, CultureInfo.InvariantCulture)), (k, Set(Texts.ErrorTexts, English)) })
            .Where(p => p.Item2.GetString(p.k) is null)
            .Select(p => p.k)
            .Distinct()
            .ToList();

        Assert.True(UsedKeys().Count > 200, "the scan found the keys");
        Assert.True(missing.Count == 0, "Keys without a text in Errors.resx or Errors.en-US.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryLabelledState_HasChineseAndEnglishWords()
    {
        var keys = LabelledEnums.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}"))
            .Concat(EvaluationVocabulary.OnSiteIndicators.Concat(EvaluationVocabulary.OnlineIndicators).Select(i => "Indicator." + i))
            .Concat(EvaluationVocabulary.FeedbackChannels.Select(c => "FeedbackChannel." + c))
            .Concat(EvaluationVocabulary.FeedbackKinds.Select(k => "FeedbackKind." + k));

        var missing = keys.Where(k => Set(Texts.LabelTexts, CultureInfo.InvariantCulture).GetString(k) is null || Set(Texts.LabelTexts, English).GetString(k) is null).ToList();

        Assert.True(missing.Count == 0, "Labels without a word in Labels.resx or Labels.en-US.resx: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("Errors")]
    [InlineData("Labels")]
    public void ChineseAndEnglishFiles_HaveTheSameKeysAndPlaceholders_AndTheEnglishIsNotChinese(string name)
    {
        var manager = name == "Errors" ? Texts.ErrorTexts : Texts.LabelTexts;
        var chinese = Entries(Set(manager, CultureInfo.InvariantCulture));
        var english = Entries(Set(manager, English));

        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        foreach (var (key, zh) in chinese)
        {
            Assert.True(Placeholders(zh).SetEquals(Placeholders(english[key])), $"{key}: placeholders differ");
            Assert.False(Han().IsMatch(english[key]), $"{key}: the English text is Chinese");
        }
    }

    /// <summary>
    /// Keys in the sources: every "Area.Name" literal of the domain, and in the web project the first literal given to
    /// DomainException, NotFoundException, InputException (after the field), DomainMessage, new(…) and Texts.Error.
    /// </summary>
    private static HashSet<string> UsedKeys()
    {
        var root = RepositoryRoot();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Sources(Path.Combine(root, "src", "HallDesk.Domain")))
        {
            keys.UnionWith(DomainKey().Matches(Code(file)).Select(m => m.Groups[1].Value));
        }

        foreach (var file in Sources(Path.Combine(root, "src", "HallDesk.Web")))
        {
            keys.UnionWith(WebKey().Matches(Code(file)).Select(m => m.Groups[1].Value));
        }

        return keys;
    }

    /// <summary>The file without its comment lines (a cref such as "Cases.CaseJournal" is no key).</summary>
    private static string Code(string file) =>
        string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "*.razor", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static ResourceSet Set(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;

    private static Dictionary<string, string> Entries(ResourceSet set) =>
        set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HallDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HallDesk.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"""([A-Z][A-Za-z]+\.[A-Z][A-Za-z]+)""")]
    private static partial Regex DomainKey();

    [GeneratedRegex(@"(?:DomainException|NotFoundException|DomainMessage|new|Texts\.Error)\(\s*(?:""[a-zA-Z]+"",\s*)?""([A-Z][A-Za-z]+\.[A-Z][A-Za-z.]+)""")]
    private static partial Regex WebKey();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
