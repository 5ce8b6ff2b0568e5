using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HallDesk.Domain.Tests;

/// <summary>The domain says things by key; the words live in the web project's resources.</summary>
public partial class DomainTextTests
{
    /// <summary>
    /// Files whose Chinese literals are data, not messages: the national holidays, and the words stored verbatim in the
    /// case journal, the rectification history, as evaluation/feedback values, the 电子证照 registry's type names, the materials a rule adds and the address regions
    /// the mask reads (see each file's summary).
    /// </summary>
    private static readonly string[] DataFiles =
    [
        "Calendar/NationalHolidays.cs",
        "Cases/CaseJournal.cs",
        "Evaluations/RectificationJournal.cs",
        "Evaluations/EvaluationVocabulary.cs",
        "Catalog/LicenceTypes.cs",
        "Catalog/MaterialNames.cs",
        "People/AddressRegions.cs",
        "Catalog/PinyinInitials.cs", // a table of characters and their initials, never shown to anyone
    ];

    [Fact]
    public void DomainSources_HaveNoChineseStringLiterals_OutsideDataFiles()
    {
        var domain = Path.Combine(RepositoryRoot(), "src", "HallDesk.Domain");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(domain, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal) || DataFiles.Contains(relative))
            {
                continue;
            }

            found.AddRange(ChineseLiterals(File.ReadAllText(file)).Select(l => $"{relative}:{l.Line}: {l.Text}"));
        }

        Assert.True(found.Count == 0, "Chinese literals in the domain (throw a key instead):\n" + string.Join("\n", found));
    }

    [Fact]
    public void ChineseLiterals_FindsStringsInterpolationsAndChars_NotComments()
    {
        const string source = """"
            // 注释不算
            /// <summary>文档也不算</summary>
            class C
            {
                string a = "中文";
                string b = $"{1}号窗口";
                char c = '修';
                string d = "plain";
                string e = @"、";
                string f = $$"""{{a}}：""";
            }
            """";

        Assert.Equal([5, 6, 7, 9, 10], ChineseLiterals(source).Select(l => l.Line));
    }

    private static IEnumerable<(int Line, string Text)> ChineseLiterals(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
            .Where(t => t.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken)
            .Where(t => Chinese().IsMatch(t.Text))
            .Select(t => (t.GetLocation().GetLineSpan().StartLinePosition.Line + 1, t.Text));

    /// <summary>Han characters, CJK punctuation (、。“”「」) and full-width forms (，：（）).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex Chinese();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HallDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HallDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
