using System.Buffers.Binary;
using System.Text;
using PdfSharp.Fonts;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// The faces HallDesk prints with (wwwroot-assets/fonts): a main CJK face cut to the characters of GB 2312 and of the
/// app's own texts, the whole face for every other CJK Unified Ideograph, and two fallbacks for rare characters (CJK
/// Extensions A and B). PDFsharp copies a face's whole glyph-index tables into every document, so a document printed
/// with the cut face (13,820 glyphs instead of 49,531) allocates and compresses much less. Knows which characters each face covers, so nothing is ever
/// silently dropped: a character no face has is reported before printing.
/// </summary>
public sealed class FontSet : IFontResolver
{
    public const string Main = "HallDesk Sans";
    public const string Full = "HallDesk Sans Full";
    public const string ExtA = "HallDesk ExtA";
    public const string ExtB = "HallDesk ExtB";

    private static readonly Lock InitLock = new();
    private static FontSet? _instance;

    private readonly Dictionary<string, byte[]> _faces = [];
    private readonly Dictionary<string, HashSet<int>> _coverage = [];

    private FontSet(string folder)
    {
        Load(Main, Path.Combine(folder, "wqy-microhei-common.ttf"));
        Load(Full, Path.Combine(folder, "wqy-microhei.ttf"));
        Load(ExtA, Path.Combine(folder, "HanaMinA-ExtA.ttf"));
        Load(ExtB, Path.Combine(folder, "HanaMinB-ExtB.ttf"));
    }

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "wwwroot-assets", "fonts");

    /// <summary>The process-wide set, registered with PDFsharp on first use.</summary>
    public static FontSet Instance
    {
        get
        {
            lock (InitLock)
            {
                if (_instance is null)
                {
                    _instance = new FontSet(DefaultFolder);
                    GlobalFontSettings.FontResolver = _instance;
                }

                return _instance;
            }
        }
    }

    /// <summary>The face for one character, or null when no face has it.</summary>
    public string? FaceFor(int codePoint)
    {
        // Controls and spaces draw with the main face whether or not it maps them.
        if (codePoint < 0x20 || _coverage[Main].Contains(codePoint))
        {
            return Main;
        }

        return _coverage[Full].Contains(codePoint) ? Full
            : _coverage[ExtA].Contains(codePoint) ? ExtA
            : _coverage[ExtB].Contains(codePoint) ? ExtB
            : null;
    }

    /// <summary>The distinct characters of <paramref name="text"/> that no face can print.</summary>
    public IReadOnlyList<string> Unprintable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return text.EnumerateRunes().Where(r => FaceFor(r.Value) is null).Select(r => r.ToString()).Distinct().ToList();
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName, bold, false) : new FontResolverInfo(Main, bold, false);

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);

    private void Load(string name, string path)
    {
        var bytes = File.ReadAllBytes(path);
        _faces[name] = bytes;
        _coverage[name] = Cmap.CodePoints(bytes);
    }

    /// <summary>Reads the Unicode code points a TrueType font maps (cmap formats 4 and 12).</summary>
    private static class Cmap
    {
        public static HashSet<int> CodePoints(byte[] font)
        {
            var span = font.AsSpan();
            var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
            for (var i = 0; i < tables; i++)
            {
                var record = span[(12 + (16 * i))..];
                if (Encoding.ASCII.GetString(record[..4]) == "cmap")
                {
                    return Read(span[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..]);
                }
            }

            throw new InvalidDataException("The font has no cmap table.");
        }

        private static HashSet<int> Read(ReadOnlySpan<byte> cmap)
        {
            var result = new HashSet<int>();
            var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            for (var i = 0; i < count; i++)
            {
                var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + (8 * i))..]);
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + (8 * i))..]);
                if (platform is not (0 or 3))
                {
                    continue;
                }

                var sub = cmap[offset..];
                switch (BinaryPrimitives.ReadUInt16BigEndian(sub))
                {
                    case 4:
                        ReadFormat4(sub, result);
                        break;
                    case 12:
                        ReadFormat12(sub, result);
                        break;
                }
            }

            return result;
        }

        private static void ReadFormat4(ReadOnlySpan<byte> sub, HashSet<int> result)
        {
            var segments = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]) / 2;
            var ends = sub[14..];
            var starts = sub[(16 + (2 * segments))..];
            var deltas = sub[(16 + (4 * segments))..];
            var rangeOffsets = sub[(16 + (6 * segments))..];
            for (var s = 0; s < segments; s++)
            {
                int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]);
                int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
                var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(2 * s)..]);
                int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (rangeOffset == 0)
                    {
                        glyph = (c + delta) & 0xFFFF;
                    }
                    else
                    {
                        var at = (2 * s) + rangeOffset + (2 * (c - start));
                        glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[at..]);
                        glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                    }

                    if (glyph != 0)
                    {
                        result.Add(c);
                    }
                }
            }
        }

        private static void ReadFormat12(ReadOnlySpan<byte> sub, HashSet<int> result)
        {
            var groups = BinaryPrimitives.ReadUInt32BigEndian(sub[12..]);
            for (var g = 0; g < groups; g++)
            {
                var group = sub[(16 + (12 * g))..];
                var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = start; c <= end; c++)
                {
                    if (glyph + (uint)(c - start) != 0)
                    {
                        result.Add(c);
                    }
                }
            }
        }
    }
}
