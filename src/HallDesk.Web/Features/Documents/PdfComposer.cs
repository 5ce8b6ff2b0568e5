using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using QRCoder;

namespace HallDesk.Web.Features.Documents;

/// <summary>A rendered PDF and its number of pages.</summary>
public sealed record RenderedPdf(byte[] Bytes, int Pages);

/// <summary>
/// A small flowing layout over PDFsharp: wrapped Chinese text, headings, key–value blocks, tables that continue on the
/// next page with their header repeated, QR codes drawn as vector squares, and page footers. Every character is drawn
/// with the face of <see cref="FontSet"/> that has it.
/// The PDF is tagged (PDF/UA-style structure: H1/H2, P, Table with THead/TBody/TR/TH/TD, Figure with its alternative
/// text; rules, cell borders, seal circles, repeated table headers and footers are artifacts) so a screen reader reads
/// it in order. PDFsharp marks content only on the page being drawn, while the footers ("第 i 页 共 n 页") need the page
/// count: so the calls lay out first into a list of drawing steps per page, measured on a measuring context, and
/// <see cref="Finish"/> draws each page once, in order, footer last.
/// Safe to use on many threads at once, one composer per document: the advance widths it measures are kept for the
/// process (a width depends only on face, size, weight and character), and PDFsharp guards its own font caches.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Mm = 72 / 25.4;
    private const string ClosingPunctuation = "，。、；：？！）》」』”’．,.;:?!)%";

    /// <summary>Advance widths by face, size, weight and character: measured once per process, not once per document.</summary>
    private static readonly ConcurrentDictionary<(string Face, double Size, bool Bold, int Rune), double> Advances = new();

    [ThreadStatic]
    private static MemoryStream? _saved;

    private readonly XSolidBrush _headerFill = new(XColor.FromArgb(235, 240, 248));

    private readonly PdfDocument _document = new();
    private readonly FontSet _fonts;
    private readonly Dictionary<(string Face, double Size, bool Bold), XFont> _xfonts = [];
    private readonly double _pageWidth;
    private readonly double _pageHeight;
    private readonly double _margin;
    private XGraphics? _measure;
    private readonly List<List<Step>> _pages = [];
    private List<Step> _page = default!;
    private double _y;

    private PdfComposer(FontSet fonts, string title, double widthMm, double heightMm, double marginMm)
    {
        _fonts = fonts;
        _pageWidth = widthMm * Mm;
        _pageHeight = heightMm * Mm;
        _margin = marginMm * Mm;
        _document.Info.Title = title;
        _document.Info.Creator = "HallDesk";
        // PDFsharp's deflate leaves every stream without its checksum; PdfStreams compresses them once, completely.
        _document.Options.NoCompression = true;
        _document.Options.CompressContentStreams = false;
        NewPage();
    }

    /// <summary>One drawing step of a page, replayed by <see cref="Finish"/> on the page's graphics and its structure.</summary>
    private delegate void Step(XGraphics gfx, StructureBuilder structure);

    public static PdfComposer A4(FontSet fonts, string title) => new(fonts, title, 210, 297, 16);

    /// <summary>An 80 mm thermal roll; the cut is made after the content.</summary>
    public static PdfComposer Roll80(FontSet fonts, string title) => new(fonts, title, 80, 130, 5);

    public double ContentWidth => _pageWidth - (2 * _margin);

    public int PageCount => _pages.Count;

    private double Bottom => _pageHeight - _margin - (8 * Mm);

    /// <summary>A paragraph (tagged P).</summary>
    public void Text(string text, double size, bool bold = false, XStringAlignment align = XStringAlignment.Near, double after = 4) =>
        Block(PdfBlockLevelElementTag.Paragraph, text, size, bold, align, after);

    /// <summary>A heading (tagged H1, H2 or H3): the document's title is level 1, its sections level 2.</summary>
    public void Heading(string text, int level, double size, XStringAlignment align = XStringAlignment.Near, double after = 4) =>
        Block(level switch { 1 => PdfBlockLevelElementTag.Heading1, 2 => PdfBlockLevelElementTag.Heading2, _ => PdfBlockLevelElementTag.Heading3 }, text, size, true, align, after);

    /// <summary>Each row a paragraph: the key in bold, the value wrapping beside it.</summary>
    public void KeyValues(IEnumerable<(string Key, string Value)> rows, double size = 10.5, double keyWidthMm = 32)
    {
        var keyWidth = keyWidthMm * Mm;
        foreach (var (key, value) in rows)
        {
            var lines = Wrap(value, size, false, ContentWidth - keyWidth);
            EnsureRoom(LineHeight(size) * Math.Min(lines.Count, 3));
            Begin(s => s.BeginElement(PdfBlockLevelElementTag.Paragraph));
            Draw(key, _margin, _y, size, true);
            foreach (var line in lines)
            {
                EnsureRoom(LineHeight(size));
                Draw(line, _margin + keyWidth, _y, size, false);
                _y += LineHeight(size);
            }

            End();
        }

        _y += 4;
    }

    /// <summary>A table whose rows wrap; a row that does not fit starts a new page, under the header again (an artifact there).</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> widthShares, IEnumerable<IReadOnlyList<string>> rows, double size = 10)
    {
        var total = widthShares.Sum();
        var widths = widthShares.Select(w => w / total * ContentWidth).ToArray();
        const double pad = 3;
        var header = headers.Select((c, i) => Wrap(c, size, true, widths[i] - (2 * pad))).ToList();
        var headerHeight = (header.Max(c => c.Count) * LineHeight(size)) + (2 * pad);
        EnsureRoom(headerHeight + LineHeight(size));
        Begin(s => s.BeginElement(PdfBlockLevelElementTag.Table));
        Begin(s => s.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup));
        DrawRow(header, widths, size, pad, headerHeight, PdfBlockLevelElementTag.TableHeaderCell);
        End();
        Begin(s => s.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup));
        foreach (var row in rows)
        {
            var cells = row.Select((c, i) => Wrap(c, size, false, widths[i] - (2 * pad))).ToList();
            var height = (cells.Max(c => c.Count) * LineHeight(size)) + (2 * pad);
            if (_y + height > Bottom)
            {
                NewPage();
                // The header again, for the eye: a pagination artifact, not a second header row.
                Begin(s => s.BeginArtifact());
                DrawRow(header, widths, size, pad, headerHeight, null);
                End();
            }

            DrawRow(cells, widths, size, pad, height, PdfBlockLevelElementTag.TableDataCell);
        }

        End();
        End();
        _y += 6;
    }

    /// <summary>A QR code at the right margin (a figure whose alternative text is its caption) with the caption under it; text continues beside or below.</summary>
    public void Qr(string payload, double sizeMm, string caption, double xOffsetMm = 0)
    {
        var size = sizeMm * Mm;
        EnsureRoom(size + (14 * Mm));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        var left = _margin + ContentWidth - size - (xOffsetMm * Mm);
        var top = _y;
        // Each run of dark modules in a row is one rectangle, and all are filled at once: a third of the drawing
        // operations of a square per module, the same picture.
        var runs = new List<XRect>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var cells = matrix[row];
            for (var col = 0; col < cells.Length; col++)
            {
                if (!cells[col])
                {
                    continue;
                }

                var first = col;
                while (col + 1 < cells.Length && cells[col + 1])
                {
                    col++;
                }

                runs.Add(new XRect(left + (first * module), top + (row * module), ((col - first + 1) * module) + 0.05, module + 0.05));
            }
        }

        var rectangles = runs.ToArray();
        Begin(s => s.BeginElement(PdfIllustrationElementTag.Figure, "二维码：" + caption, new XRect(left, top, size, size)));
        _page.Add((gfx, _) => gfx.DrawRectangles(XBrushes.Black, rectangles));
        End();

        var captionY = top + size + 1;
        Begin(s => s.BeginElement(PdfBlockLevelElementTag.Paragraph));
        foreach (var line in Wrap(caption, 6.5, false, size + (6 * Mm)))
        {
            Draw(line, left - (3 * Mm), captionY, 6.5, false);
            captionY += LineHeight(6.5);
        }

        End();
    }

    public void Space(double mm) => _y += mm * Mm;

    public void Rule()
    {
        EnsureRoom(4);
        var (x, y, width) = (_margin, _y, ContentWidth);
        Artifact(gfx => gfx.DrawLine(XPens.Gray, x, y, x + width, y));
        _y += 6;
    }

    /// <summary>Signature and seal boxes side by side.</summary>
    /// <param name="signature">Draws the 签名 line under <paramref name="left"/>; none where nobody signs (邮寄送达).</param>
    public void SignatureBlock(string left, string right, string date, bool signature = true)
    {
        EnsureRoom(30 * Mm);
        var half = ContentWidth / 2;
        var y = _y;
        Paragraph(left, _margin, y, 10.5);
        if (signature)
        {
            Paragraph("签名：______________", _margin, y + (12 * Mm), 10.5);
        }

        Paragraph(right, _margin + half, y, 10.5);
        var circle = new XRect(_margin + half + (22 * Mm), y + (5 * Mm), 24 * Mm, 24 * Mm);
        Artifact(gfx => gfx.DrawEllipse(XPens.LightGray, circle));
        Paragraph("（盖章）", _margin + half + (27 * Mm), y + (15 * Mm), 9);
        Paragraph(date, _margin + half, y + (25 * Mm), 10.5);
        _y += 31 * Mm;
    }

    /// <summary>Draws every page, each with its footer ("第 i 页 共 n 页", an artifact), and returns the PDF.</summary>
    public RenderedPdf Finish(string footer)
    {
        var accessibility = UAManager.ForDocument(_document);
        accessibility.SetDocumentLanguage("zh-CN");
        var structure = accessibility.StructureBuilder;
        var count = _pages.Count;
        for (var i = 0; i < count; i++)
        {
            var page = _document.AddPage();
            page.Width = XUnit.FromPoint(_pageWidth);
            page.Height = XUnit.FromPoint(_pageHeight);
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var step in _pages[i])
            {
                step(gfx, structure);
            }

            var text = count > 1 ? $"{footer}　第 {i + 1} 页 共 {count} 页" : footer;
            var runs = Runs(text, _margin + ((ContentWidth - Measure(text, 8, false)) / 2), _pageHeight - _margin - (4 * Mm), 8, false);
            structure.BeginArtifact();
            foreach (var run in runs)
            {
                run(gfx, structure);
            }

            structure.End();
        }

        // The plain PDF goes to the thread's reused buffer; only the compressed result is a new array.
        var stream = _saved ?? new MemoryStream(256 * 1024);
        _saved = null;
        try
        {
            stream.SetLength(0);
            _document.Save(stream, closeStream: false);
            return new RenderedPdf(PdfStreams.Compress(stream.GetBuffer(), (int)stream.Length), count);
        }
        finally
        {
            _saved = stream.Capacity <= 4 * 1024 * 1024 ? stream : null;
        }
    }

    public void Dispose()
    {
        _measure?.Dispose();
        _document.Dispose();
    }

    private static double LineHeight(double size) => size * 1.45;

    private void NewPage()
    {
        _page = [];
        _pages.Add(_page);
        _y = _margin;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void Begin(Action<StructureBuilder> begin) => _page.Add((_, structure) => begin(structure));

    private void End() => _page.Add((_, structure) => structure.End());

    private void Artifact(Action<XGraphics> draw) => _page.Add((gfx, structure) =>
    {
        structure.BeginArtifact();
        draw(gfx);
        structure.End();
    });

    private void Block(PdfBlockLevelElementTag tag, string text, double size, bool bold, XStringAlignment align, double after)
    {
        var lines = Wrap(text, size, bold, ContentWidth);
        EnsureRoom(LineHeight(size));
        Begin(s => s.BeginElement(tag));
        foreach (var line in lines)
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

        End();
        _y += after;
    }

    /// <summary>One line of text at a fixed place, as its own paragraph.</summary>
    private void Paragraph(string text, double x, double y, double size)
    {
        if (text.Length == 0)
        {
            return;
        }

        Begin(s => s.BeginElement(PdfBlockLevelElementTag.Paragraph));
        Draw(text, x, y, size, false);
        End();
    }

    /// <param name="cellTag">TH or TD; null draws the row as it is, inside an artifact the caller opened.</param>
    private void DrawRow(List<List<string>> cells, double[] widths, double size, double pad, double height, PdfBlockLevelElementTag? cellTag)
    {
        var header = cellTag is not PdfBlockLevelElementTag.TableDataCell;
        if (cellTag is not null)
        {
            Begin(s => s.BeginElement(PdfBlockLevelElementTag.TableRow));
        }

        var x = _margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var rect = new XRect(x, _y, widths[i], height);
            void Box(XGraphics gfx)
            {
                if (header)
                {
                    gfx.DrawRectangle(_headerFill, rect);
                }

                gfx.DrawRectangle(XPens.Gray, rect);
            }

            if (cellTag is { } tag)
            {
                Artifact(Box);
                Begin(s => s.BeginElement(tag));
            }
            else
            {
                _page.Add((gfx, _) => Box(gfx));
            }

            var lineY = _y + pad;
            foreach (var line in cells[i])
            {
                Draw(line, x + pad, lineY, size, header);
                lineY += LineHeight(size);
            }

            if (cellTag is not null)
            {
                End();
            }

            x += widths[i];
        }

        if (cellTag is not null)
        {
            End();
        }

        _y += height;
    }

    /// <summary>Greedy line breaking: any CJK character may end a line, Latin words stay whole, closing punctuation never starts one.</summary>
    private List<string> Wrap(string text, double size, bool bold, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            // A line's width is the sum of its characters' advances (the measuring context adds no kerning), so the
            // line grows by each token's width instead of being measured again for every character.
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var token in Tokens(paragraph))
            {
                var tokenWidth = Measure(token, size, bold);
                if (line.Length > 0 && lineWidth + tokenWidth > width && !ClosingPunctuation.Contains(token[0], StringComparison.Ordinal))
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                    var start = token.TrimStart();
                    line.Append(start);
                    lineWidth = Measure(start, size, bold);
                    continue;
                }

                line.Append(token);
                lineWidth += tokenWidth;
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

    /// <summary>The width of a text: the sum of its characters' advances, each in the face that has it.</summary>
    private double Measure(string text, double size, bool bold)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = _fonts.FaceFor(rune.Value) ?? throw new InvalidOperationException($"字库中没有“{rune}”，不能打印。");
            width += Advance(face, rune, size, bold);
        }

        return width;
    }

    private double Advance(string face, Rune rune, double size, bool bold)
    {
        var key = (face, size, bold, rune.Value);
        if (!Advances.TryGetValue(key, out var width))
        {
            _measure ??= XGraphics.CreateMeasureContext(new XSize(_pageWidth, _pageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
            width = _measure.MeasureString(rune.ToString(), Font(face, size, bold)).Width;
            Advances.TryAdd(key, width);
        }

        return width;
    }

    private void Draw(string text, double x, double y, double size, bool bold) => _page.AddRange(Runs(text, x, y, size, bold));

    /// <summary>The steps that draw a line of text, one per run of one face, placed by the measuring context.</summary>
    private List<Step> Runs(string text, double x, double y, double size, bool bold)
    {
        var steps = new List<Step>();
        foreach (var (face, run) in Faces(text))
        {
            var font = Font(face, size, bold);
            var at = x;
            steps.Add((gfx, _) => gfx.DrawString(run, font, XBrushes.Black, at, y, XStringFormats.TopLeft));
            x += Measure(run, size, bold);
        }

        return steps;
    }

    /// <summary>Splits text into runs of one face each.</summary>
    private IEnumerable<(string Face, string Text)> Faces(string text)
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
