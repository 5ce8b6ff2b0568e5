using QRCoder;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Whether a page draws the QR code of a payload: the documents draw each run of dark modules in a row as a
/// filled rectangle one module high, so the rectangles on the page are cut into module squares and compared,
/// module by module, with the symbol QRCoder makes for the expected payload (error correction M, as printed).
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

        // Each rectangle is drawn a hair larger (+ 0.05 pt) so neighbours meet without seams.
        var squares = page.Paths.Where(p => p.IsFilled)
            .SelectMany(p => p)
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .Where(r => Math.Abs(r.Height - module - 0.05) < 0.02 && r.Width > module)
            .Select(r => (Rect: r, Modules: (r.Width - 0.05) / module))
            .Where(r => Math.Abs(r.Modules - Math.Round(r.Modules)) < 0.02)
            .SelectMany(r => Enumerable.Range(0, (int)Math.Round(r.Modules)).Select(i => (Left: r.Rect.Left + (i * module), r.Rect.Top)))
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
