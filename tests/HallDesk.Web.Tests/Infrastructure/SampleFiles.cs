using System.Text;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>Small files of each accepted kind (their first bytes are what the store reads), and one that only looks like a PDF.</summary>
public static class SampleFiles
{
    /// <summary>A one-page PDF; <paramref name="marker"/> makes its content (and hash) differ.</summary>
    public static byte[] Pdf(string marker = "") => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%" + marker + "\n%%EOF\n");

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    /// <summary>A text file named like a PDF: refused by content.</summary>
    public static byte[] TextNamedPdf() => Encoding.UTF8.GetBytes("这不是 PDF 文件，只是改了扩展名。");

    /// <summary>A PDF header followed by <paramref name="size"/> bytes in all.</summary>
    public static byte[] PdfOfSize(long size)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
        return bytes;
    }
}
