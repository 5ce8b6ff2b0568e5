using System.Globalization;

namespace HallDesk.Benchmarks;

/// <summary>
/// CPU time used so far by this process (the app nodes, the clerks, the board clients) and by the database and backplane
/// on this machine (every <c>postgres</c> and <c>redis-server</c> process, from /proc; zero where there is no /proc).
/// </summary>
public sealed record Cpu(TimeSpan Process, TimeSpan Services)
{
    private static readonly string[] ServiceNames = ["postgres", "redis-server"];

    /// <summary>Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every platform .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    public static Cpu Now()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return new Cpu(self.TotalProcessorTime, ServicesTotal());
    }

    public Cpu Since(Cpu start) => new(Process - start.Process, Services - start.Services);

    public Cpu Plus(Cpu other) => new(Process + other.Process, Services + other.Services);

    private static TimeSpan ServicesTotal()
    {
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                // pid (comm) state ppid … utime stime: the name may hold spaces, so the fields are counted after its ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                if (open < 0 || close < open || !ServiceNames.Contains(stat[(open + 1)..close]))
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
