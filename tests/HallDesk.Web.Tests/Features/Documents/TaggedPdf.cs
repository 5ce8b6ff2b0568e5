using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>The structure tree of a tagged PDF as PDFsharp reads it back: its elements in reading order, with their depth.</summary>
internal static class TaggedPdf
{
    public sealed record Element(string Tag, int Depth, string Alt);

    public static List<Element> Tree(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var elements = new List<Element>();
        if (document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot") is { } root)
        {
            Walk(root.Elements["/K"], 0, elements);
        }

        return elements;
    }

    private static void Walk(PdfItem? item, int depth, List<Element> elements)
    {
        item = item is PdfReference reference ? reference.Value : item;
        switch (item)
        {
            case PdfArray array:
                foreach (var child in array.Elements)
                {
                    Walk(child, depth, elements);
                }

                break;
            case PdfDictionary element when element.Elements.GetName("/S") is { Length: > 0 } tag:
                elements.Add(new Element(tag.TrimStart('/'), depth, element.Elements.GetString("/Alt")));
                Walk(element.Elements["/K"], depth + 1, elements);
                break;
        }
    }
}
