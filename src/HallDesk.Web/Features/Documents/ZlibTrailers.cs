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
        // Only the small parts (the xref table, the trailer, stream dictionaries) become text; the rest stays bytes.
        var tail = Bytes.GetString(pdf.AsSpan(Math.Max(0, pdf.Length - 64)));
        var startXref = int.Parse(Regex.Match(tail, @"startxref\s+(\d+)\s+%%EOF\s*$").Groups[1].Value, CultureInfo.InvariantCulture);
        var trailerAt = pdf.AsSpan(startXref).IndexOf("trailer"u8) is >= 0 and var t ? startXref + t : -1;
        if (!pdf.AsSpan(startXref).StartsWith("xref"u8) || trailerAt < 0)
        {
            throw new InvalidOperationException("Not the PDF layout PDFsharp writes: no classic xref table.");
        }

        // Object number → offset, in file order; each object runs to the next one (the last to the xref table).
        var objects = XrefEntry().Matches(Bytes.GetString(pdf.AsSpan(startXref, trailerAt - startXref))).Skip(1)
            .Select((m, i) => (Number: i + 1, Offset: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), InUse: m.Groups[3].Value == "n"))
            .Where(o => o.InUse)
            .OrderBy(o => o.Offset)
            .ToList();
        if (objects.Count == 0)
        {
            return pdf;
        }

        using var output = new MemoryStream(pdf.Length + (objects.Count * 8) + 64);
        output.Write(pdf, 0, objects[0].Offset);
        var offsets = new SortedDictionary<int, long>();
        for (var i = 0; i < objects.Count; i++)
        {
            var start = objects[i].Offset;
            var end = i + 1 < objects.Count ? objects[i + 1].Offset : startXref;
            offsets[objects[i].Number] = output.Position;
            WriteObject(output, pdf, start, end);
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

        var trailerEnd = pdf.AsSpan().LastIndexOf("startxref"u8);
        xref.Append(Bytes.GetString(pdf.AsSpan(trailerAt, trailerEnd - trailerAt)));
        xref.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefAt}\n%%EOF\n");
        output.Write(Bytes.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    /// <summary>Writes the object's bytes, with the checksum appended to its FlateDecode stream when missing.</summary>
    private static void WriteObject(MemoryStream output, byte[] pdf, int start, int end)
    {
        var span = pdf.AsSpan(start, end - start);
        var streamKeyword = span.IndexOf(">>\nstream"u8) is >= 0 and var k ? start + k + 3 : -1;
        if (streamKeyword < 0 || pdf.AsSpan(start, streamKeyword - start).IndexOf("/FlateDecode"u8) < 0)
        {
            output.Write(span);
            return;
        }

        var dictionary = Bytes.GetString(pdf.AsSpan(start, streamKeyword - start));
        var length = Length().Match(dictionary);
        var dataStart = streamKeyword + "stream".Length;
        dataStart += pdf[dataStart] == '\r' ? 2 : 1;
        var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var data = pdf.AsSpan(dataStart, dataLength);
        if (data.Length < 6 || data[0] != 0x78)
        {
            output.Write(span);
            return;
        }

        var checksum = InflatedAdler32(pdf, dataStart + 2, dataLength - 2);
        if (BinaryPrimitives.ReadUInt32BigEndian(data[^4..]) == checksum)
        {
            output.Write(span);
            return;
        }

        var head = dictionary[..length.Groups[1].Index] + (dataLength + 4).ToString(CultureInfo.InvariantCulture) + dictionary[(length.Groups[1].Index + length.Groups[1].Length)..];
        output.Write(Bytes.GetBytes(head));
        output.Write(pdf, streamKeyword, dataStart - streamKeyword);
        output.Write(data);
        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, checksum);
        output.Write(trailer);
        output.Write(pdf, dataStart + dataLength, end - dataStart - dataLength);
    }

    /// <summary>The Adler-32 of the inflated data, computed as it is inflated into one pooled buffer (nothing kept).</summary>
    private static uint InflatedAdler32(byte[] pdf, int offset, int count)
    {
        const uint mod = 65521;
        uint a = 1, b = 0;
        using var input = new MemoryStream(pdf, offset, count, writable: false);
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                foreach (var d in buffer.AsSpan(0, read))
                {
                    a = (a + d) % mod;
                    b = (b + a) % mod;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return (b << 16) | a;
    }
}
