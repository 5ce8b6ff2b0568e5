using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HallDesk.E2E.Accessibility;

/// <summary>
/// Runs axe-core with the WCAG 2.0/2.1 A and AA rules (and the outline rules below) on a page as it stands and collects every violation as
/// "page: rule at target". The contrast cases axe leaves undecided (text over an image, a translucent layer, a
/// partly hidden element) are measured here from the computed colours: the text colour over the nearest opaque
/// background, blended through any translucent layers between, must reach 4.5:1 (3:1 for large text).
/// </summary>
public sealed class AxeAudit(ITestOutputHelper output)
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // The page's outline, which axe files under best practice rather than WCAG: one h1, one main, no level skipped,
        // no empty heading. Screen-reader users move by headings and landmarks.
        Rules = new Dictionary<string, RuleOptions>
        {
            ["page-has-heading-one"] = new() { Enabled = true },
            ["landmark-one-main"] = new() { Enabled = true },
            ["landmark-no-duplicate-main"] = new() { Enabled = true },
            ["heading-order"] = new() { Enabled = true },
            ["empty-heading"] = new() { Enabled = true },
        },
    };

    private const string MeasureContrast = """
        (el) => {
          const parse = (c) => {
            const m = /rgba?\(([^)]+)\)/.exec(c);
            if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
            return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
          };
          const over = (top, below) => ({
            r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a),
            b: top.b * top.a + below.b * (1 - top.a), a: 1 });
          const layers = [];
          for (let e = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
          }
          let bg = { r: 255, g: 255, b: 255, a: 1 };
          for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
          const style = getComputedStyle(el);
          const text = parse(style.color);
          if (!text) return { ratio: 0, large: false, text: style.color, background: "?" };
          const fg = over(text, bg);
          const lum = (c) => {
            const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
          };
          const a = lum(fg), b = lum(bg);
          const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
          const hex = (c) => "#" + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
          return { ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), large: size >= 24 || (size >= 18.66 && bold),
                   text: hex(fg), background: hex(bg) };
        }
        """;

    private readonly List<string> _failures = [];

    /// <summary>Every fault found so far, one line each.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Checks the page as it is now; <paramref name="name"/> says which page and state in the messages.</summary>
    public async Task CheckAsync(IPage page, string name)
    {
        // A snackbar or dialog caught while it fades in has colours it never rests at: check what the page settles on.
        // Endless animations (the board's marquee, a progress bar) are left running.
        await page.EvaluateAsync("""
            () => Promise.all(document.getAnimations()
                .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
                .map((a) => a.finished.catch(() => null)))
            """);
        // MudBlazor fades a snackbar in and out through its inline opacity: wait until each is fully shown or gone.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every((s) => getComputedStyle(s).opacity === '1')");
        var result = await page.RunAxe(Options);
        var found = new List<string>();
        foreach (var rule in result.Violations)
        {
            found.AddRange(rule.Nodes.Select(node => $"{name}: {rule.Id} at {node.Target} — {Why(node) ?? rule.Help}"));
        }

        var undecided = result.Incomplete.Where(r => r.Id == "color-contrast").SelectMany(r => r.Nodes).ToList();
        foreach (var node in undecided)
        {
            var element = page.Locator(node.Target.ToString()).First;
            if (await element.CountAsync() == 0)
            {
                continue;
            }

            var measured = await element.EvaluateAsync<JsonElement>(MeasureContrast);
            var ratio = measured.GetProperty("ratio").GetDouble();
            var least = measured.GetProperty("large").GetBoolean() ? 3.0 : 4.5;
            if (ratio < least)
            {
                found.Add($"{name}: color-contrast (measured) at {node.Target} — {ratio:0.00}:1 < {least}:1, " +
                    $"{measured.GetProperty("text").GetString()} on {measured.GetProperty("background").GetString()}");
            }
        }

        output.WriteLine($"{name}: {found.Count} violations ({string.Join(", ", result.Violations.Select(v => $"{v.Id}×{v.Nodes.Length}"))}); " +
            $"{undecided.Count} undecided contrast cases measured");
        _failures.AddRange(found);
    }

    /// <summary>axe's own words for this element ("insufficient color contrast of 2.23 (foreground color: …").</summary>
    private static string? Why(AxeResultNode node) =>
        (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));

    /// <summary>Fails with every fault, page by page, once all pages of a test are checked.</summary>
    public void AssertClean() =>
        Assert.True(_failures.Count == 0, $"{_failures.Count} accessibility faults:\n" + string.Join("\n", _failures));
}
