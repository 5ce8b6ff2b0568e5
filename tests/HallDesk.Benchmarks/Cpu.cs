using System.Globalization;

namespace HallDesk.Benchmarks;

/// <summary>
/// CPU time used so far by this process (the app nodes, the clerks, the board clients), by the PostgreSQL backends
/// serving one database (their process title names it; the server's shared writers are not counted), and by the Redis
/// server (shared with whoever else uses it) — the last two from /proc, zero where there is none.
/// </summary>
public sealed record Cpu(TimeSpan Process, TimeSpan Database, TimeSpan Redis)
{
    /// <summary>Linux reports process times in clock ticks of 1/100 s (USER_HZ).</summary>
    private const double TicksPerSecond = 100;

    public static readonly Cpu None = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public static Cpu Now(string? database)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        long backends = 0, redis = 0;
        if (Directory.Exists("/proc"))
        {
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    var (name, ticks) = Read(dir);
                    if (name == "redis-server")
                    {
                        redis += ticks;
                    }
                    else if (name == "postgres" && database is not null && Title(dir).Contains(" " + database + " ", StringComparison.Ordinal))
                    {
                        backends += ticks;
                    }
                }
            }
        }

        return new Cpu(self.TotalProcessorTime, TimeSpan.FromSeconds(backends / TicksPerSecond), TimeSpan.FromSeconds(redis / TicksPerSecond));
    }

    public Cpu Since(Cpu start) => new(Process - start.Process, Database - start.Database, Redis - start.Redis);

    public Cpu Plus(Cpu other) => new(Process + other.Process, Database + other.Database, Redis + other.Redis);

    /// <summary>The name and utime + stime of a process: pid (comm) state ppid …; the name may hold spaces, so fields count after its ')'.</summary>
    private static (string Name, long Ticks) Read(string dir)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                return ("", 0);
            }

            var fields = stat[(close + 2)..].Split(' ');
            return (stat[(open + 1)..close], long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            // The process ended while it was read.
            return ("", 0);
        }
    }

    /// <summary>A PostgreSQL backend's title: "postgres: user database host(port) state".</summary>
    private static string Title(string dir)
    {
        try
        {
            return File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
