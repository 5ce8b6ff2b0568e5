using System.Runtime.CompilerServices;

namespace HallDesk.Web.Tests.Architecture;

/// <summary>Features depend one way only (README, "How it is built"); shared needs live in shared places.</summary>
public sealed class FeatureDependencyTests
{
    private static readonly string WebProject = Path.Combine(SourceRoot(), "src", "HallDesk.Web");
    private static readonly FeatureGraph Graph = FeatureGraph.Of(typeof(Program).Assembly, WebProject);

    [Fact]
    public void Features_NeverDependOnEachOtherBothWays()
    {
        var cycles = Graph.Cycles();

        Assert.True(cycles.Count == 0, "Features that depend on each other (directly or around a loop):" + Environment.NewLine
            + string.Join(Environment.NewLine, cycles.Select(c => $"{string.Join(" <-> ", c)}{Environment.NewLine}{Graph.Describe(c)}")));
    }

    [Fact]
    public void Live_DependsOnNoFeature()
    {
        var used = Graph.Edges.Keys.Where(e => e.From == "Live").Select(e => e.To).ToList();

        Assert.True(used.Count == 0, "Live uses " + string.Join(", ", used) + Environment.NewLine + Graph.Describe(used.Append("Live")));
    }

    [Fact]
    public void FeatureImports_NameNoFeature()
    {
        var imports = Path.Combine(WebProject, "Features", "_Imports.razor");

        var features = File.ReadAllLines(imports).Where(l => l.Contains(FeatureGraph.Prefix, StringComparison.Ordinal)).ToList();

        Assert.True(features.Count == 0, "Features/_Imports.razor makes features visible to every page: " + string.Join("; ", features));
    }

    [Fact]
    public void SharedPieces_UseNoFeature()
    {
        // Program and WebServices wire the features up; everything else shared is below every feature.
        string[] shared = ["HallDesk.Web.Components", "HallDesk.Web.Staff", "HallDesk.Web.Infrastructure", "HallDesk.Web.Localization"];
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null && t != typeof(global::HallDesk.Web.Infrastructure.WebServices))
            .Where(t => shared.Any(ns => t.Namespace == ns || t.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) == true))
            .Select(t => (t.FullName, Features: FeatureGraph.FeaturesUsedBy(t)))
            .Where(x => x.Features.Count > 0)
            .Select(x => $"{x.FullName} -> {string.Join(", ", x.Features)}")
            .Concat(new[] { "Components", "Staff", "Infrastructure", "Localization" }
                .SelectMany(folder => FeatureGraph.SourceFiles(Path.Combine(WebProject, folder)))
                .Where(f => Path.GetFileName(f) != "WebServices.cs")
                .SelectMany(f => FeatureGraph.Mentions(f).Select(feature => $"{Path.GetFileName(f)} names {feature}")))
            .ToList();

        Assert.True(offenders.Count == 0, "Shared pieces that use a feature:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    /// <summary>A check of the check: the graph sees a use written only in a method body, through a lambda.</summary>
    [Fact]
    public void Graph_SeesUsesInsideMethodBodies()
    {
        Assert.True(Graph.DependsOn("Manager", "Queue"), Graph.Describe(Graph.Features));
        Assert.Equal("Queue", FeatureGraph.FeatureOf(typeof(HallDesk.Web.Features.Queue.CallNextTicket)));
        Assert.Null(FeatureGraph.FeatureOf(typeof(Program)));
    }

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
