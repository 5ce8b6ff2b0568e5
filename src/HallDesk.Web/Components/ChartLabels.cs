namespace HallDesk.Web.Components;

/// <summary>X-axis labels that stay legible: a month of days would print thirty dates on top of one another.</summary>
public static class ChartLabels
{
    /// <summary>
    /// Keeps at most <paramref name="max"/> labels, evenly spaced from the first, and the last one; the others become
    /// empty (their bars stay, and the table beside the chart names every one).
    /// </summary>
    public static string[] Thin(IReadOnlyList<string> labels, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (labels.Count <= max)
        {
            return [.. labels];
        }

        // The last label is always kept; the step leaves room for it.
        var step = (int)Math.Ceiling((labels.Count - 1) / (double)(max - 1));
        var thinned = new string[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var last = i == labels.Count - 1;
            var keep = last || (i % step == 0 && labels.Count - 1 - i >= step / 2.0);
            thinned[i] = keep ? labels[i] : "";
        }

        return thinned;
    }
}
