namespace HallDesk.Domain.Simulation;

/// <summary>A counter of the simulated hall with the lines it serves, highest priority first.</summary>
public sealed class SimulatedCounter
{
    private readonly string[] _lines;

    public SimulatedCounter(int number, IEnumerable<string> lines)
    {
        _lines = lines.Distinct().ToArray();
        if (_lines.Length == 0)
        {
            throw new ArgumentException("A counter serves at least one line.", nameof(lines));
        }

        Number = number;
    }

    public int Number { get; }

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>0 for the counter's top line, 1 for the next …; -1 when the counter does not serve the line.</summary>
    public int PriorityOf(string line) => Array.IndexOf(_lines, line);

    public bool Serves(string line) => PriorityOf(line) >= 0;
}
