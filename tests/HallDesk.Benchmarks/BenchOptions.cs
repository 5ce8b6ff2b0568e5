using System.Globalization;

namespace HallDesk.Benchmarks;

/// <summary>The command line: sizes of each phase, which phases run, or <c>--quick</c> for a smoke-sized run.</summary>
public sealed record BenchOptions(int Boards, int Calls, double Rate, int Workers, int Seconds, bool Quick)
{
    /// <summary>Every phase, in the order a full run takes them.</summary>
    public static readonly IReadOnlyList<string> Phases =
        [Phase.Calls, Phase.Receipts, Phase.Report, Phase.Screens, Phase.BusyDay, Phase.WholeDay, Phase.ManyBoards, Phase.Clerks50, Phase.Clerks, Phase.Storm, Phase.Circuits, Phase.Postgres, Phase.TwoNodes, Phase.City, Phase.JoinFlood, Phase.FirstLoad, Phase.Uploads];

    public static string Usage =>
        "usage: HallDesk.Benchmarks [--quick] [--only phase[,phase…]] [--boards N] [--calls M] [--rate R] [--workers K] [--seconds D]\n" +
        "                           [--screens N] [--busy-day N] [--many-boards N] [--clerks N] [--city-boards N] [--storm-boards N] [--pages N,N,…] [--postgres CONNSTR] [--redis HOST:PORT] [--json FILE]\n" +
        "                           [--guard-minutes M]  (minutes each phase may take; by default each phase has its own budget)\n" +
        "       HallDesk.Benchmarks --table FILE [FILE…]  (the goals of the performance issues against the figures of --json files; the first file that has a figure gives it)\n" +
        "phases: " + string.Join(", ", Phases);

    /// <summary>The phases asked for with <c>--only</c>; null runs them all.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>Staff screens subscribed to the hall in the screens phase: a tenth manager views, the rest clerk consoles.</summary>
    public int Screens { get; init; } = 50;

    /// <summary>Timed calls of the screens phase, each with and without the screens.</summary>
    public int ScreenCalls => Quick ? 50 : 200;

    /// <summary>Tickets the hall has already finished on the busy day (the empty day has none).</summary>
    public int BusyDayTickets { get; init; } = Quick ? 3000 : 20000;

    /// <summary>Board connections of the call → board phase at scale (one node).</summary>
    public int ManyBoards { get; init; } = Quick ? 100 : 1000;

    /// <summary>Clerks pressing 叫号 at the same instant, each at a counter of their own.</summary>
    public int Clerks { get; init; } = Quick ? 20 : 200;

    /// <summary>Boards connected while the app restarts.</summary>
    public int StormBoards { get; init; } = Quick ? 30 : 300;

    /// <summary>
    /// A published app's folder (<c>dotnet publish src/HallDesk.Web -c Release -r linux-x64 --self-contained false -o DIR</c>,
    /// compiled ahead of time as the README deploys it) for the storm phase to restart instead of the build's dll.
    /// </summary>
    public string? Published { get; init; }

    /// <summary>Headless pages open at each step of the memory phase (cumulative).</summary>
    public IReadOnlyList<int> Pages { get; init; } = Quick ? [2, 4] : [10, 25, 50];

    /// <summary>A PostgreSQL connection string for the provider comparison; null skips those phases.</summary>
    public string? Postgres { get; init; }

    /// <summary>Where <c>--json</c> writes every figure under its stable name; null writes none.</summary>
    public string? Json { get; init; }

    /// <summary>Minutes each phase may take (<c>--guard-minutes</c>); null gives each phase its own budget (<see cref="PhaseGuard"/>).</summary>
    public double? GuardMinutes { get; init; }

    /// <summary>A Redis address for the SignalR backplane across two nodes; null skips that phase.</summary>
    public string? Redis { get; init; }

    /// <summary>Untimed rounds before each latency phase, so JIT and connection warm-up stay out of the figures.</summary>
    public int WarmupRounds => Quick ? 5 : 20;

    /// <summary>
    /// Rounds and rate of the call phase at <see cref="ManyBoards"/>: a round of the same-traffic kind sends
    /// three messages (issue, call, finish) to every board, so the rate is lower than at 200 boards to keep the two cores short of saturation.
    /// </summary>
    public int ManyCalls => Quick ? 20 : 100;

    public static double ManyRate => 5;

    /// <summary>Rounds of the clerks phase: every clerk calls once per round.</summary>
    public int ClerkRounds => Quick ? 2 : 5;

    /// <summary>Clerks of the clerks50 phase: a large real hall's counters, all pressing at once.</summary>
    public const int LargeHallClerks = 50;

    /// <summary>Rounds of the clerks50 phase: fewer calls a round than at 200, so more rounds for the tail.</summary>
    public int LargeHallRounds => Quick ? 3 : 10;

    /// <summary>Halls of the city phase, each created by the phase with its own counters, clerks and boards.</summary>
    public const int CityHalls = 20;

    /// <summary>Clerks per hall in the city phase, one per counter.</summary>
    public const int CityClerks = 10;

    /// <summary>Boards per hall in the city phase, half on each node (two runs with different counts give the cost of a board).</summary>
    public int CityBoards { get; init; } = Quick ? 2 : 4;

    /// <summary>Rounds of the city phase, each in turn with a round of one hall alone.</summary>
    public int CityRounds => Quick ? 3 : 10;

    public bool Runs(string phase) => Only is null || Only.Contains(phase);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var options = quick
            ? new BenchOptions(Boards: 20, Calls: 50, Rate: 20, Workers: 4, Seconds: 3, Quick: true)
            : new BenchOptions(Boards: 200, Calls: 300, Rate: 20, Workers: 8, Seconds: 10, Quick: false);

        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--quick")
            {
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            var value = args[++i];
            options = args[i - 1] switch
            {
                "--boards" => options with { Boards = Positive(value) },
                "--calls" => options with { Calls = Positive(value) },
                "--rate" => options with { Rate = Positive(value) },
                "--workers" => options with { Workers = Positive(value) },
                "--seconds" => options with { Seconds = Positive(value) },
                "--only" => options with { Only = PhaseList(value) },
                "--screens" => options with { Screens = Positive(value) },
                "--busy-day" => options with { BusyDayTickets = Positive(value) },
                "--many-boards" => options with { ManyBoards = Positive(value) },
                "--clerks" => options with { Clerks = Positive(value) },
                "--city-boards" => options with { CityBoards = Positive(value) },
                "--storm-boards" => options with { StormBoards = Positive(value) },
                "--published" => options with { Published = PublishedFolder(value) },
                "--pages" => options with { Pages = PageSteps(value) },
                "--postgres" => options with { Postgres = value },
                "--redis" => options with { Redis = value },
                "--json" => options with { Json = value },
                "--guard-minutes" => options with { GuardMinutes = Minutes(value) },
                var other => throw new ArgumentException($"Unknown option {other}."),
            };
        }

        return options;
    }

    private static string PublishedFolder(string value) =>
        File.Exists(Path.Combine(value, "HallDesk.Web.dll"))
            ? Path.GetFullPath(value)
            : throw new ArgumentException($"'{value}' holds no HallDesk.Web.dll: give the folder of a dotnet publish of src/HallDesk.Web.");

    private static HashSet<string> PhaseList(string value)
    {
        var phases = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = phases.Except(Phases).ToList();
        return phases.Count > 0 && unknown.Count == 0
            ? phases
            : throw new ArgumentException($"Unknown phase(s) '{string.Join(", ", unknown)}'; the phases are {string.Join(", ", Phases)}.");
    }

    private static int[] PageSteps(string value)
    {
        var steps = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Positive).ToArray();
        return steps.Length > 0 && steps.SequenceEqual(steps.Order().Distinct())
            ? steps
            : throw new ArgumentException($"'{value}' is not a rising list of page counts such as 10,25,50.");
    }

    private static double Minutes(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0 && double.IsFinite(m)
            ? m
            : throw new ArgumentException($"'{value}' is not a positive number of minutes such as 0.5 or 20.");

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"'{value}' is not a positive whole number.");
}
