using System.Text;
using UglyToad.PdfPig;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// The text of a PDF as PdfPig reads it back, without whitespace: PdfPig may or may not put spaces
/// between CJK glyphs, and wrapped lines join up again.
/// </summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Normalise(p.Text)).ToList();
    }

    public static string Of(byte[] pdf) => string.Concat(Pages(pdf));

    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
