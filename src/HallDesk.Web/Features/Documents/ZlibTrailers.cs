using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// Completes the compressed streams of a PDF that PDFsharp 6.2.4 wrote. Its <c>FlateDecode.Encode</c> writes a zlib
/// header (78 DA) and then raw deflate data from <c>DeflateStream</c>, but never the Adler-32 checksum that ends a
/// zlib stream (RFC 1950), so <c>qpdf --check</c> warns "input stream is complete but output may still be valid" on
/// every content stream. Readers cope, but archived bytes are permanent and must not need a repair: this pass appends
/// the checksum to each FlateDecode stream that lacks it, raises its <c>/Length</c> and writes the cross-reference
/// table again. It reads only the classic layout PDFsharp writes (one xref table, no object streams, direct lengths).
/// </summary>
public static partial class ZlibTrailers
{
    private static readonly Encoding Bytes = Encoding.Latin1;

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex Length();

    [GeneratedRegex(@"^(\d{10}) (\d{5}) ([nf])", RegexOptions.Multiline)]
    private static partial Regex XrefEntry();

    public static byte[] Complete(byte[] pdf)
    {
        var text = Bytes.GetString(pdf);
        var startXref = int.Parse(Regex.Match(text[^64..], @"startxref\s+(\d+)\s+%%EOF\s*$").Groups[1].Value, CultureInfo.InvariantCulture);
        var trailerAt = text.IndexOf("trailer", startXref, StringComparison.Ordinal);
        if (!text.AsSpan(startXref).StartsWith("xref") || trailerAt < 0)
        {
            throw new InvalidOperationException("Not the PDF layout PDFsharp writes: no classic xref table.");
        }

        // Object number → offset, in file order; each object runs to the next one (the last to the xref table).
        var objects = XrefEntry().Matches(text[startXref..trailerAt]).Skip(1)
            .Select((m, i) => (Number: i + 1, Offset: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), InUse: m.Groups[3].Value == "n"))
            .Where(o => o.InUse)
            .OrderBy(o => o.Offset)
            .ToList();
        if (objects.Count == 0)
        {
            return pdf;
        }

        using var output = new MemoryStream(pdf.Length + (objects.Count * 8));
        output.Write(pdf, 0, objects[0].Offset);
        var offsets = new SortedDictionary<int, long>();
        for (var i = 0; i < objects.Count; i++)
        {
            var start = objects[i].Offset;
            var end = i + 1 < objects.Count ? objects[i + 1].Offset : startXref;
            offsets[objects[i].Number] = output.Position;
            output.Write(Object(pdf, text, start, end));
        }

        var xrefAt = output.Position;
        var xref = new StringBuilder();
        var size = objects.Max(o => o.Number) + 1;
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var number = 1; number < size; number++)
        {
            xref.Append(offsets.TryGetValue(number, out var offset)
                ? string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }

        var trailerEnd = text.LastIndexOf("startxref", StringComparison.Ordinal);
        xref.Append(text[trailerAt..trailerEnd]);
        xref.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefAt}\n%%EOF\n");
        output.Write(Bytes.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    /// <summary>The object's bytes, with the checksum appended to its FlateDecode stream when missing.</summary>
    private static ReadOnlySpan<byte> Object(byte[] pdf, string text, int start, int end)
    {
        var streamKeyword = text.IndexOf(">>\nstream", start, end - start, StringComparison.Ordinal) is >= 0 and var k ? k + 3 : -1;
        if (streamKeyword < 0 || !text.AsSpan(start, streamKeyword - start).Contains("/FlateDecode", StringComparison.Ordinal))
        {
            return pdf.AsSpan(start, end - start);
        }

        var dictionary = text[start..streamKeyword];
        var length = Length().Match(dictionary);
        var dataStart = streamKeyword + "stream".Length;
        dataStart += pdf[dataStart] == '\r' ? 2 : 1;
        var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var data = pdf.AsSpan(dataStart, dataLength);
        if (data.Length < 6 || data[0] != 0x78)
        {
            return pdf.AsSpan(start, end - start);
        }

        var checksum = Adler32(Inflate(data[2..]));
        if (BinaryPrimitives.ReadUInt32BigEndian(data[^4..]) == checksum)
        {
            return pdf.AsSpan(start, end - start);
        }

        var head = dictionary[..length.Groups[1].Index] + (dataLength + 4).ToString(CultureInfo.InvariantCulture) + dictionary[(length.Groups[1].Index + length.Groups[1].Length)..];
        using var result = new MemoryStream(end - start + 8);
        result.Write(Bytes.GetBytes(head));
        result.Write(pdf, streamKeyword, dataStart - streamKeyword);
        result.Write(data);
        result.Write([(byte)(checksum >> 24), (byte)(checksum >> 16), (byte)(checksum >> 8), (byte)checksum]);
        result.Write(pdf, dataStart + dataLength, end - dataStart - dataLength);
        return result.ToArray();
    }

    private static byte[] Inflate(ReadOnlySpan<byte> deflate)
    {
        using var input = new MemoryStream(deflate.ToArray());
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }

    private static uint Adler32(byte[] data)
    {
        const uint mod = 65521;
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % mod;
            b = (b + a) % mod;
        }

        return (b << 16) | a;
    }
}
