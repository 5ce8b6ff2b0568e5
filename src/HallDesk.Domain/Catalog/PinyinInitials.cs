using System.Text;

namespace HallDesk.Domain.Catalog;

/// <summary>
/// Pinyin initials of a Chinese name (食品经营许可 → spjyxk), for search; no pinyin package is served here.
/// GB2312's level-1 characters (0xB0A1–0xD7F9) are ordered by pinyin, so a character's code in that range gives its
/// initial; characters outside level 1 and polyphones read differently in catalog words come from the tables below.
/// Letters and digits are kept (lower case); punctuation, brackets and spaces are dropped.
/// </summary>
public static class PinyinInitials
{
    /// <summary>The first GB2312 code of each initial's block in level 1 (no i, u or v begins a syllable).</summary>
    private static readonly (int Code, char Initial)[] Blocks =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'), (0xB8C1, 'g'),
        (0xB9FE, 'h'), (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'), (0xC4C3, 'n'), (0xC5B6, 'o'),
        (0xC5BE, 'p'), (0xC6DA, 'q'), (0xC8BB, 'r'), (0xC8F6, 's'), (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'),
        (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    /// <summary>
    /// Characters outside level 1 (ordered by radical there) that a district's item, bundle, department or place name
    /// may use, with their initials; and level-1 characters whose place gives a reading the catalog never uses.
    /// </summary>
    private static readonly Dictionary<char, char> Characters = new()
    {
        ['殡'] = 'b', ['殓'] = 'l', ['鳏'] = 'g', ['罹'] = 'l', ['檐'] = 'y', ['邸'] = 'd', ['诏'] = 'z', ['谒'] = 'y',
        ['冢'] = 'z', ['阡'] = 'q', ['圩'] = 'w', ['垸'] = 'y', ['渎'] = 'd', ['牍'] = 'd', ['遴'] = 'l', ['窨'] = 'y',
        ['馨'] = 'x', ['岚'] = 'l', ['崂'] = 'l', ['溧'] = 'l', ['濮'] = 'p', ['沅'] = 'y', ['嵩'] = 's', ['桦'] = 'h',
        ['瑜'] = 'y', ['琦'] = 'q', ['媛'] = 'y', ['昊'] = 'h', ['炜'] = 'w', ['钰'] = 'y', ['毓'] = 'y', ['麒'] = 'q',
        ['麟'] = 'l', ['绶'] = 's', ['钊'] = 'z', ['淼'] = 'm', ['瀚'] = 'h', ['珲'] = 'h', ['桓'] = 'h', ['鄂'] = 'e',
        ['黢'] = 'q', ['龋'] = 'q', ['瘢'] = 'b', ['疱'] = 'p', ['痢'] = 'l', ['疝'] = 's', ['羧'] = 's', ['醛'] = 'q',
        ['烃'] = 't', ['酚'] = 'f', ['氟'] = 'f', ['氰'] = 'q', ['砷'] = 's', ['镉'] = 'g', ['铬'] = 'g', ['汞'] = 'g',
        ['骰'] = 't', ['饪'] = 'r', ['馅'] = 'x', ['馒'] = 'm', ['粑'] = 'b', ['菇'] = 'g', ['莴'] = 'w', ['芹'] = 'q',
        ['鳞'] = 'l', ['鲑'] = 'g', ['鳕'] = 'x', ['蚝'] = 'h', ['鲍'] = 'b', ['麸'] = 'f', ['糠'] = 'k', ['醪'] = 'l',
        ['窑'] = 'y', ['塬'] = 'y', ['圳'] = 'z', ['埔'] = 'p', ['坻'] = 'd', ['垭'] = 'y', ['崮'] = 'g', ['岙'] = 'a',
    };

    /// <summary>Polyphones read as they are in catalog words (行业 is hángyè, not xíngyè); longer words first.</summary>
    private static readonly (string Word, string Initials)[] Words =
    [
        ("行业", "hy"), ("银行", "yh"), ("发行", "fx"), ("长者", "zz"), ("家长", "jz"), ("院长", "yz"), ("会计", "kj"),
        ("调解", "tj"), ("调处", "tc"), ("重新", "cx"), ("重建", "cj"), ("重庆", "cq"), ("大厦", "ds"), ("单县", "sx"),
        ("朝鲜", "cx"), ("传记", "zj"), ("乐器", "yq"), ("音乐", "yy"), ("还款", "hk"), ("还贷", "hd"), ("还清", "hq"),
    ];

    private static readonly Encoding Gb2312 = CreateGb2312();

    /// <summary>The initials of <paramref name="name"/>; a character with no known initial is left out (see <see cref="Unknown"/>).</summary>
    public static string Of(string name)
    {
        var initials = new StringBuilder(name.Length);
        var bytes = new byte[4];
        for (var i = 0; i < name.Length; i++)
        {
            if (WordAt(name, i) is { } word)
            {
                initials.Append(word.Initials);
                i += word.Word.Length - 1;
                continue;
            }

            if (Initial(name[i], bytes) is { } initial)
            {
                initials.Append(initial);
            }
        }

        return initials.ToString();
    }

    /// <summary>The Chinese characters of <paramref name="name"/> that have no initial here: the tables above must grow.</summary>
    public static IReadOnlyList<char> Unknown(string name)
    {
        var bytes = new byte[4];
        return name.Where(c => IsHan(c) && Initial(c, bytes) is null).Distinct().ToList();
    }

    private static (string Word, string Initials)? WordAt(string name, int index)
    {
        foreach (var word in Words)
        {
            if (string.CompareOrdinal(name, index, word.Word, 0, word.Word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    private static char? Initial(char c, byte[] bytes)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c);
        }

        if (!IsHan(c))
        {
            return null;
        }

        if (Characters.TryGetValue(c, out var listed))
        {
            return listed;
        }

        // GBK's extensions are two bytes too; GB2312 is the part whose trail byte is 0xA1 or above.
        if (Gb2312.GetBytes([c], 0, 1, bytes, 0) != 2 || bytes[1] < 0xA1)
        {
            return null;
        }

        var code = (bytes[0] << 8) | bytes[1];
        if (code < Blocks[0].Code || code > LevelOneEnd)
        {
            return null;
        }

        var initial = Blocks[0].Initial;
        foreach (var (start, letter) in Blocks)
        {
            if (code >= start)
            {
                initial = letter;
            }
        }

        return initial;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>GB2312 (code page 936's double-byte part) with no replacement guess: an unmapped character encodes as '?'.</summary>
    private static Encoding CreateGb2312()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb2312", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
