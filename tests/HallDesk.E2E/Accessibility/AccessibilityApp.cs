namespace HallDesk.E2E.Accessibility;

/// <summary>The accessibility and keyboard tests share one app and one Chromium, apart from the main collection's.</summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityApp : ICollectionFixture<HistoryAppFixture>
{
    public const string Name = "HallDesk with history in Chromium";
}

/// <summary>
/// The demo with two working days of history: cases to review, ratings, rectifications and feedback to list, so each
/// page is checked with rows in its tables rather than empty. The main collection's app stays bare for its own tests.
/// </summary>
public sealed class HistoryAppFixture() : AppFixture(null, new Dictionary<string, string>
{
    ["Demo:History"] = "true",
    ["Demo:HistoryDays"] = "2",
});
