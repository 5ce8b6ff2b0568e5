using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace HallDesk.Web.Features.Documents;

/// <summary>A rendered PDF and its number of pages.</summary>
public sealed record RenderedPdf(byte[] Bytes, int Pages);

/// <summary>
/// A small flowing layout over PDFsharp: wrapped Chinese text, key–value blocks, tables that
/// continue on the next page with their header repeated, QR codes drawn as vector squares, and page
/// footers. Every character is drawn with the face of <see cref="FontSet"/> that has it.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Mm = 72 / 25.4;
    private const string ClosingPunctuation = "，。、；：？！）》」』”’．,.;:?!)%";

    private readonly PdfDocument _document = new();
    private readonly FontSet _fonts;
    private readonly Dictionary<(string Face, double Size, bool Bold), XFont> _xfonts = [];
    private readonly double _pageWidth;
    private readonly double _pageHeight;
    private readonly double _margin;
    private XGraphics _gfx = default!;
    private double _y;

    private PdfComposer(FontSet fonts, string title, double widthMm, double heightMm, double marginMm)
    {
        _fonts = fonts;
        _pageWidth = widthMm * Mm;
        _pageHeight = heightMm * Mm;
        _margin = marginMm * Mm;
        _document.Info.Title = title;
        _document.Info.Creator = "HallDesk";
        NewPage();
    }

    public static PdfComposer A4(FontSet fonts, string title) => new(fonts, title, 210, 297, 16);

    /// <summary>An 80 mm thermal roll; the cut is made after the content.</summary>
    public static PdfComposer Roll80(FontSet fonts, string title) => new(fonts, title, 80, 130, 5);

    public double ContentWidth => _pageWidth - (2 * _margin);

    public int PageCount => _document.PageCount;

    private double Bottom => _pageHeight - _margin - (8 * Mm);

    public void Text(string text, double size, bool bold = false, XStringAlignment align = XStringAlignment.Near, double after = 4)
    {
        foreach (var line in Wrap(text, size, bold, ContentWidth))
        {
            EnsureRoom(LineHeight(size));
            var width = Measure(line, size, bold);
            var x = align switch
            {
                XStringAlignment.Center => _margin + ((ContentWidth - width) / 2),
                XStringAlignment.Far => _margin + ContentWidth - width,
                _ => _margin,
            };
            Draw(line, x, _y, size, bold);
            _y += LineHeight(size);
        }

        _y += after;
    }

    public void KeyValues(IEnumerable<(string Key, string Value)> rows, double size = 10.5, double keyWidthMm = 32)
    {
        var keyWidth = keyWidthMm * Mm;
        foreach (var (key, value) in rows)
        {
            var lines = Wrap(value, size, false, ContentWidth - keyWidth);
            EnsureRoom(LineHeight(size) * Math.Min(lines.Count, 3));
            Draw(key, _margin, _y, size, true);
            foreach (var line in lines)
            {
                EnsureRoom(LineHeight(size));
                Draw(line, _margin + keyWidth, _y, size, false);
                _y += LineHeight(size);
            }
        }

        _y += 4;
    }

    /// <summary>A table whose rows wrap; a row that does not fit starts a new page, under the header again.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> widthShares, IEnumerable<IReadOnlyList<string>> rows, double size = 10)
    {
        var total = widthShares.Sum();
        var widths = widthShares.Select(w => w / total * ContentWidth).ToArray();
        const double pad = 3;
        DrawRow(headers, widths, size, pad, header: true);
        foreach (var row in rows)
        {
            var cells = row.Select((c, i) => Wrap(c, size, false, widths[i] - (2 * pad))).ToList();
            var height = (cells.Max(c => c.Count) * LineHeight(size)) + (2 * pad);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(headers, widths, size, pad, header: true);
            }

            DrawCells(cells, widths, size, pad, height, header: false);
        }

        _y += 6;
    }

    /// <summary>A QR code at the right margin with a caption under it; text continues beside or below.</summary>
    public void Qr(string payload, double sizeMm, string caption, double xOffsetMm = 0)
    {
        var size = sizeMm * Mm;
        EnsureRoom(size + (14 * Mm));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        var left = _margin + ContentWidth - size - (xOffsetMm * Mm);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Length; col++)
            {
                if (matrix[row][col])
                {
                    _gfx.DrawRectangle(XBrushes.Black, left + (col * module), _y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }

        var captionY = _y + size + 1;
        foreach (var line in Wrap(caption, 6.5, false, size + (6 * Mm)))
        {
            Draw(line, left - (3 * Mm), captionY, 6.5, false);
            captionY += LineHeight(6.5);
        }
    }

    public void Space(double mm) => _y += mm * Mm;

    public void Rule()
    {
        EnsureRoom(4);
        _gfx.DrawLine(XPens.Gray, _margin, _y, _margin + ContentWidth, _y);
        _y += 6;
    }

    /// <summary>Signature and seal boxes side by side.</summary>
    /// <param name="signature">Draws the 签名 line under <paramref name="left"/>; none where nobody signs (邮寄送达).</param>
    public void SignatureBlock(string left, string right, string date, bool signature = true)
    {
        EnsureRoom(30 * Mm);
        var half = ContentWidth / 2;
        Draw(left, _margin, _y, 10.5, false);
        Draw(right, _margin + half, _y, 10.5, false);
        _gfx.DrawEllipse(XPens.LightGray, _margin + half + (22 * Mm), _y + (5 * Mm), 24 * Mm, 24 * Mm);
        Draw("（盖章）", _margin + half + (27 * Mm), _y + (15 * Mm), 9, false);
        if (signature)
        {
            Draw("签名：______________", _margin, _y + (12 * Mm), 10.5, false);
        }

        Draw(date, _margin + half, _y + (25 * Mm), 10.5, false);
        _y += 31 * Mm;
    }

    /// <summary>Draws the footers ("第 i 页 共 n 页") and returns the PDF.</summary>
    public RenderedPdf Finish(string footer)
    {
        _gfx.Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = count > 1 ? $"{footer}　第 {i + 1} 页 共 {count} 页" : footer;
            var width = Measure(text, 8, false, gfx);
            DrawWith(gfx, text, _margin + ((ContentWidth - width) / 2), _pageHeight - _margin - (4 * Mm), 8, false);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return new RenderedPdf(ZlibTrailers.Complete(stream.ToArray()), count);
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private static double LineHeight(double size) => size * 1.45;

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(_pageWidth);
        page.Height = XUnit.FromPoint(_pageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        _y = _margin;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void DrawRow(IReadOnlyList<string> cells, double[] widths, double size, double pad, bool header)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, size, header, widths[i] - (2 * pad))).ToList();
        var height = (wrapped.Max(c => c.Count) * LineHeight(size)) + (2 * pad);
        EnsureRoom(height + LineHeight(size));
        DrawCells(wrapped, widths, size, pad, height, header);
    }

    private void DrawCells(List<List<string>> cells, double[] widths, double size, double pad, double height, bool header)
    {
        var x = _margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var rect = new XRect(x, _y, widths[i], height);
            if (header)
            {
                _gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 240, 248)), rect);
            }

            _gfx.DrawRectangle(XPens.Gray, rect);
            var lineY = _y + pad;
            foreach (var line in cells[i])
            {
                Draw(line, x + pad, lineY, size, header);
                lineY += LineHeight(size);
            }

            x += widths[i];
        }

        _y += height;
    }

    /// <summary>Greedy line breaking: any CJK character may end a line, Latin words stay whole, closing punctuation never starts one.</summary>
    private List<string> Wrap(string text, double size, bool bold, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var token in Tokens(paragraph))
            {
                var candidate = line + token;
                if (line.Length > 0 && Measure(candidate, size, bold) > width && !ClosingPunctuation.Contains(token[0], StringComparison.Ordinal))
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                    line.Append(token.TrimStart());
                    continue;
                }

                line.Append(token);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            yield return rune.ToString();
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private double Measure(string text, double size, bool bold, XGraphics? gfx = null) =>
        Runs(text).Sum(r => (gfx ?? _gfx).MeasureString(r.Text, Font(r.Face, size, bold)).Width);

    private void Draw(string text, double x, double y, double size, bool bold) => DrawWith(_gfx, text, x, y, size, bold);

    private void DrawWith(XGraphics gfx, string text, double x, double y, double size, bool bold)
    {
        foreach (var (face, run) in Runs(text))
        {
            var font = Font(face, size, bold);
            gfx.DrawString(run, font, XBrushes.Black, x, y, XStringFormats.TopLeft);
            x += gfx.MeasureString(run, font).Width;
        }
    }

    /// <summary>Splits text into runs of one face each.</summary>
    private IEnumerable<(string Face, string Text)> Runs(string text)
    {
        var run = new StringBuilder();
        string? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var f = _fonts.FaceFor(rune.Value)
                ?? throw new InvalidOperationException($"字库中没有“{rune}”，不能打印。");
            if (face is not null && f != face)
            {
                yield return (face, run.ToString());
                run.Clear();
            }

            face = f;
            run.Append(rune.ToString());
        }

        if (face is not null && run.Length > 0)
        {
            yield return (face, run.ToString());
        }
    }

    private XFont Font(string face, double size, bool bold)
    {
        if (!_xfonts.TryGetValue((face, size, bold), out var font))
        {
            font = new XFont(face, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _xfonts[(face, size, bold)] = font;
        }

        return font;
    }
}
