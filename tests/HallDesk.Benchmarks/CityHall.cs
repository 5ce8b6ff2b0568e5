using HallDesk.Data;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Benchmarks;

/// <summary>One hall of the city phase (<see cref="CityBench"/>): its node, clerks and boards, and what its clerks were answered.</summary>
internal sealed class CityHall(string code, int nodeIndex, BenchApp node)
{
    private readonly IssueTicket _issue = node.Get<IssueTicket>();
    private readonly FinishService _finish = node.Get<FinishService>();

    public string Code => code;

    public int NodeIndex => nodeIndex;

    public BenchApp Node => node;

    public CallNextTicket CallNext { get; } = node.Get<CallNextTicket>();

    public List<Actor> Clerks { get; set; } = [];

    public BoardFleet? Boards { get; set; }

    public List<string> Issued { get; } = [];

    public List<string> Answered { get; } = [];

    public List<double> CityCalls { get; } = [];

    public async Task<List<string>> IssueAsync(CancellationToken ct)
    {
        var numbers = await ClerkDesks.IssueAsync(_issue, code, CityBench.Line, Clerks[0], Clerks.Count, ct);
        Issued.AddRange(numbers);
        return numbers;
    }

    /// <summary>Every clerk called one of the tickets just issued, each a different one.</summary>
    public void Record(ClerkDesks.Press[] presses, List<string> issued, bool timed)
    {
        var numbers = presses.Select(p => p.Number).OfType<string>().ToList();
        Answered.AddRange(numbers);
        if (timed)
        {
            CityCalls.AddRange(presses.Select(p => p.Ms));
        }

        if (numbers.Count != issued.Count || !numbers.Order(StringComparer.Ordinal).SequenceEqual(issued.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"Hall {code}: the clerks called {string.Join(',', numbers)} of {string.Join(',', issued)}.");
        }
    }

    public async Task FinishAllAsync(CancellationToken ct) => await Task.WhenAll(Clerks.Select(clerk => _finish.HandleAsync(clerk, ct)));
}
