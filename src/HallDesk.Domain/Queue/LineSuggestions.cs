namespace HallDesk.Domain.Queue;

/// <summary>分流建议 "add line X to counter N": a line waits too long while a counter that does not serve it stands idle.</summary>
public static class LineSuggestions
{
    public sealed record LineLoad(string Code, string Name, int Waiting, int EstimatedMinutes);

    /// <summary>A counter as the dashboard sees it: <paramref name="Idle"/> is open and not serving (nor paused).</summary>
    public sealed record CounterLoad(int Number, bool Idle, IReadOnlyList<string> Lines)
    {
        public static CounterLoad Of(Counter counter) => new(counter.Number, counter.State == CounterState.Open, counter.ServedLines);
    }

    public sealed record Suggestion(string LineCode, string LineName, int CounterNumber, int EstimatedMinutes);

    /// <summary>
    /// For each line whose estimated wait passes <paramref name="thresholdMinutes"/>, longest first, the lowest-numbered
    /// counter that is open, not serving, and has nobody waiting in any of its own lines; each counter is offered once.
    /// </summary>
    public static IReadOnlyList<Suggestion> Find(IEnumerable<LineLoad> lines, IEnumerable<CounterLoad> counters, int thresholdMinutes)
    {
        var loads = lines.ToList();
        var busyLines = loads.Where(l => l.Waiting > 0).Select(l => l.Code).ToHashSet();
        var idle = counters
            .Where(c => c.Idle && !c.Lines.Any(busyLines.Contains))
            .OrderBy(c => c.Number)
            .ToList();

        var result = new List<Suggestion>();
        foreach (var line in loads.Where(l => l.Waiting > 0 && l.EstimatedMinutes > thresholdMinutes).OrderByDescending(l => l.EstimatedMinutes))
        {
            var counter = idle.FirstOrDefault(c => !c.Lines.Contains(line.Code));
            if (counter is null)
            {
                continue;
            }

            idle.Remove(counter);
            result.Add(new Suggestion(line.Code, line.Name, counter.Number, line.EstimatedMinutes));
        }

        return result;
    }
}
