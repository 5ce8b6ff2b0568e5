using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>PdfStreams: PDFsharp saves plain, every stream but the XMP metadata is deflated once into a complete zlib stream.</summary>
public sealed partial class PdfStreamsTests
{
    [GeneratedRegex(@"\d+ 0 obj\n<<(?<dict>(?:(?!endobj).)*?)>>\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamObject();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex Length();

    [Fact]
    public void Compress_PlainPdf_EveryStreamIsCompleteZlib_TextAndQpdfClean()
    {
        _ = FontSet.Instance;
        using var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawString("受理通知书 爱民区政务服务中心", new XFont(FontSet.Main, 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode)), XBrushes.Black, 72, 72);
        }

        using var plain = new MemoryStream();
        document.Save(plain, closeStream: false);

        var pdf = PdfStreams.Compress(plain.GetBuffer(), (int)plain.Length);

        Assert.True(pdf.Length < plain.Length / 2, $"{pdf.Length} bytes of {plain.Length}");
        var latin = Encoding.Latin1.GetString(pdf);
        var streams = StreamObject().Matches(latin);
        Assert.NotEmpty(streams);
        foreach (Match stream in streams)
        {
            var dictionary = stream.Groups["dict"].Value;
            if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
            {
                // XMP stays readable as it is.
                Assert.DoesNotContain("/Filter", dictionary, StringComparison.Ordinal);
                continue;
            }

            Assert.Contains("/Filter/FlateDecode", dictionary, StringComparison.Ordinal);
            var length = int.Parse(Length().Match(dictionary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var data = pdf.AsSpan(stream.Index + stream.Length, length);
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            Assert.Equal(Adler32(inflated.ToArray()), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data[^4..]));
        }

        Assert.Contains("受理通知书爱民区政务服务中心", PdfText.Of(pdf), StringComparison.Ordinal); // PdfText drops spaces.
        QpdfCheck.AssertClean(pdf, "compressed");
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }
}
