using QRCoder;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Whether a page draws the QR code of a payload: the documents draw each dark module as a filled
/// square, so the squares on the page are compared, module by module, with the symbol QRCoder makes
/// for the expected payload (error correction M, as printed).
/// </summary>
internal static class QrOnPage
{
    private const double Mm = 72 / 25.4;

    public static bool Shows(Page page, string payload, double sizeMm)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var n = matrix.Count;
        var module = sizeMm * Mm / n;
        var expected = new HashSet<(int Row, int Col)>();
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col < n; col++)
            {
                if (matrix[row][col])
                {
                    expected.Add((row, col));
                }
            }
        }

        // PDFsharp draws each module a hair larger (module + 0.05 pt) so neighbours meet without seams.
        var squares = page.Paths.Where(p => p.IsFilled)
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .Where(r => Math.Abs(r.Width - module - 0.05) < 0.02 && Math.Abs(r.Height - module - 0.05) < 0.02)
            .ToList();
        var (firstRow, firstCol) = expected.Order().First();
        foreach (var anchor in squares)
        {
            var left = anchor.Left - (firstCol * module);
            var top = anchor.Top + (firstRow * module);
            var drawn = squares
                .Where(s => s.Left > left - (module / 2) && s.Left < left + (n * module) && s.Top < top + (module / 2) && s.Top > top - (n * module))
                .Select(s => ((int)Math.Round((top - s.Top) / module), (int)Math.Round((s.Left - left) / module)))
                .ToHashSet();
            if (drawn.SetEquals(expected))
            {
                return true;
            }
        }

        return false;
    }
}
