using System.Globalization;

namespace HallDesk.Benchmarks;

/// <summary>The command line: sizes of each phase, or <c>--quick</c> for a smoke-sized run.</summary>
public sealed record BenchOptions(int Boards, int Calls, double Rate, int Workers, int Seconds, bool Quick)
{
    public const string Usage =
        "usage: HallDesk.Benchmarks [--quick] [--boards N] [--calls M] [--rate R] [--workers K] [--seconds D]";

    /// <summary>Untimed rounds before each latency phase, so JIT and connection warm-up stay out of the figures.</summary>
    public int WarmupRounds => Quick ? 5 : 20;

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
                var other => throw new ArgumentException($"Unknown option {other}."),
            };
        }

        return options;
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"'{value}' is not a positive whole number.");
}
