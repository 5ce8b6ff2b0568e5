using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// Compresses the streams of a PDF that PDFsharp 6.2.4 wrote uncompressed, as complete zlib streams. PDFsharp's own
/// <c>FlateDecode.Encode</c> writes a zlib header and raw deflate data but never the Adler-32 checksum that ends a zlib
/// stream (RFC 1950), so <c>qpdf --check</c> warned on every stream; completing its output meant inflating every
/// stream again. So the composer saves without compression and this pass deflates each stream once with
/// <see cref="ZLibStream"/> (header, data and checksum), adds <c>/Filter/FlateDecode</c>, raises <c>/Length</c> and
/// writes the cross-reference table again. Its working buffers are per thread and reused, so a document allocates
/// only its result. It reads only the classic layout PDFsharp writes (one xref table, no object streams, direct
/// lengths); streams that already have a filter and XMP metadata (which stays readable) are copied as they are.
/// </summary>
public static partial class PdfStreams
{
    private const int KeepBuffersUpTo = 4 * 1024 * 1024;

    private static readonly Encoding Bytes = Encoding.Latin1;

    [ThreadStatic]
    private static MemoryStream? _output;

    [ThreadStatic]
    private static MemoryStream? _deflated;

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex Length();

    [GeneratedRegex(@"^(\d{10}) (\d{5}) ([nf])", RegexOptions.Multiline)]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    /// <summary>The PDF in <paramref name="pdf"/> (its first <paramref name="length"/> bytes) with every plain stream deflated.</summary>
    public static byte[] Compress(byte[] pdf, int length)
    {
        // Only the small parts (the xref table, the trailer, stream dictionaries) become text; the rest stays bytes.
        var tail = Bytes.GetString(pdf.AsSpan(Math.Max(0, length - 64), Math.Min(64, length)));
        var startXref = int.Parse(StartXref().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        var trailerAt = pdf.AsSpan(startXref, length - startXref).IndexOf("trailer"u8) is >= 0 and var t ? startXref + t : -1;
        if (!pdf.AsSpan(startXref).StartsWith("xref"u8) || trailerAt < 0)
        {
            throw new InvalidOperationException("Not the PDF layout PDFsharp writes: no classic xref table.");
        }

        // Object number → offset, in file order; each object runs to the next one (the last to the xref table).
        var objects = XrefEntry().Matches(Bytes.GetString(pdf.AsSpan(startXref, trailerAt - startXref))).Skip(1)
            .Select((m, i) => (Number: i + 1, Offset: int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture), InUse: m.Groups[3].ValueSpan is "n"))
            .Where(o => o.InUse)
            .OrderBy(o => o.Offset)
            .ToList();
        if (objects.Count == 0)
        {
            return pdf.AsSpan(0, length).ToArray();
        }

        var output = Reset(ref _output);
        var deflated = Reset(ref _deflated);
        try
        {
            output.Write(pdf, 0, objects[0].Offset);
            var offsets = new long[objects.Max(o => o.Number) + 1];
            for (var i = 0; i < objects.Count; i++)
            {
                var start = objects[i].Offset;
                var end = i + 1 < objects.Count ? objects[i + 1].Offset : startXref;
                offsets[objects[i].Number] = output.Position;
                WriteObject(output, deflated, pdf, start, end);
            }

            var xrefAt = output.Position;
            var xref = new StringBuilder((offsets.Length * 20) + 256);
            xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Length}\n0000000000 65535 f \n");
            for (var number = 1; number < offsets.Length; number++)
            {
                xref.Append(offsets[number] > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n")
                    : "0000000000 65535 f \n");
            }

            var trailerEnd = pdf.AsSpan(0, length).LastIndexOf("startxref"u8);
            xref.Append(Bytes.GetString(pdf.AsSpan(trailerAt, trailerEnd - trailerAt)));
            xref.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefAt}\n%%EOF\n");
            output.Write(Bytes.GetBytes(xref.ToString()));
            return output.ToArray();
        }
        finally
        {
            Release(ref _output, output);
            Release(ref _deflated, deflated);
        }
    }

    /// <summary>The calling thread's buffer, emptied (taken from the thread while in use).</summary>
    private static MemoryStream Reset(ref MemoryStream? slot)
    {
        var stream = slot ?? new MemoryStream(128 * 1024);
        slot = null;
        stream.SetLength(0);
        return stream;
    }

    private static void Release(ref MemoryStream? slot, MemoryStream stream)
    {
        if (stream.Capacity <= KeepBuffersUpTo)
        {
            slot = stream;
        }
    }

    /// <summary>Writes the object's bytes, its stream deflated when it has none of the filters and is not metadata.</summary>
    private static void WriteObject(MemoryStream output, MemoryStream deflated, byte[] pdf, int start, int end)
    {
        var span = pdf.AsSpan(start, end - start);
        var streamKeyword = span.IndexOf(">>\nstream"u8) is >= 0 and var k ? start + k + 3 : -1;
        if (streamKeyword < 0)
        {
            output.Write(span);
            return;
        }

        var head = pdf.AsSpan(start, streamKeyword - start);
        if (head.IndexOf("/Filter"u8) >= 0 || head.IndexOf("/Metadata"u8) >= 0)
        {
            output.Write(span);
            return;
        }

        var dictionary = Bytes.GetString(head);
        var length = Length().Match(dictionary);
        var dataStart = streamKeyword + "stream".Length;
        dataStart += pdf[dataStart] == '\r' ? 2 : 1;
        var dataLength = int.Parse(length.Groups[1].ValueSpan, CultureInfo.InvariantCulture);

        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(pdf, dataStart, dataLength);
        }

        var at = length.Groups[1];
        var rewritten = string.Concat(
            dictionary.AsSpan(0, at.Index),
            deflated.Length.ToString(CultureInfo.InvariantCulture),
            "/Filter/FlateDecode",
            dictionary.AsSpan(at.Index + at.Length));
        output.Write(Bytes.GetBytes(rewritten));
        output.Write(pdf, streamKeyword, dataStart - streamKeyword);
        output.Write(deflated.GetBuffer(), 0, (int)deflated.Length);
        output.Write(pdf, dataStart + dataLength, end - dataStart - dataLength);
    }
}
