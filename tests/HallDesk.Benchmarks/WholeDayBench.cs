using System.Diagnostics;
using System.Globalization;
using System.Text;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Benchmarks;

/// <summary>
/// A large hall's whole day, accelerated (issue 23): many counters, each with its clerk's console open, tickets arriving
/// hour by hour and the clerks calling and finishing them, as fast as the machine goes. Whatever grows with the day's
/// tickets shows as a difference between the first hour and the last: a clerk's action, the CPU it costs, the heap.
/// </summary>
public static class WholeDayBench
{
    private const int Hours = 8;

    /// <param name="Action">叫号 or 完成 until every open console applied it.</param>
    /// <param name="KernelMsPerAction">The part of <paramref name="CpuMsPerAction"/> spent in the kernel: SQLite reading pages
    /// from the file shows here once a day's pages outgrow its page cache.</param>
    public sealed record Hour(int Number, int Tickets, Latency Action, double CpuMsPerAction, double KernelMsPerAction, double HeapMb);

    public sealed record Result(int Counters, int Tickets, IReadOnlyList<Hour> Hours, TimeSpan Took);

    public static async Task<Result> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var counters = options.Quick ? 10 : 40;
        var tickets = options.Quick ? 1000 : 8000;
        var took = Stopwatch.StartNew();
        using var app = new BenchApp();
        app.StartServer();
        var issuer = await app.ActorAsync("clerk1");
        var clerks = await OpenClerksAsync(app, counters, ct);
        var notifier = app.Get<QueueNotifier>();
        await using var screens = await StaffScreens.OpenAsync(app, [.. clerks.Select(c => c.UserId)], managers: 0, ct);
        var issue = app.Get<IssueTicket>();
        var call = app.Get<CallNextTicket>();
        var finish = app.Get<FinishService>();

        // Untimed, until the JIT is done with them: JIT and first connections stay out of the first hour, or it would
        // flatter every later one.
        _ = await JitSettled.WarmUpAsync(async round =>
        {
            foreach (var clerk in clerks)
            {
                await issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, "A", null, false), issuer, ct);
                _ = await call.HandleAsync(clerk, ct);
                await finish.HandleAsync(clerk, ct);
            }
        }, batch: 1, most: 5);

        await screens.IdleAsync(notifier);
        var hours = new List<Hour>();
        var perHour = tickets / Hours;
        for (var hour = 1; hour <= Hours; hour++)
        {
            // The hour's arrivals, then its services: every clerk in turn calls and finishes until the hall is empty.
            for (var i = 0; i < perHour; i++)
            {
                await issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, "A", null, false), issuer, ct);
            }

            await screens.IdleAsync(notifier);
            var steps = new List<double>(perHour * 2);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var kernel = Process.GetCurrentProcess().PrivilegedProcessorTime;
            for (var served = 0; served < perHour;)
            {
                foreach (var clerk in clerks)
                {
                    if (served == perHour)
                    {
                        break;
                    }

                    var start = Stopwatch.GetTimestamp();
                    _ = await call.HandleAsync(clerk, ct) ?? throw new InvalidOperationException("The hall ran out of tickets before the hour's were served.");
                    await screens.IdleAsync(notifier);
                    steps.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
                    start = Stopwatch.GetTimestamp();
                    await finish.HandleAsync(clerk, ct);
                    await screens.IdleAsync(notifier);
                    steps.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
                    served++;
                }
            }

            var cpuPerAction = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / steps.Count;
            var kernelPerAction = (Process.GetCurrentProcess().PrivilegedProcessorTime - kernel).TotalMilliseconds / steps.Count;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            hours.Add(new Hour(hour, perHour * hour, Latency.Of(steps), cpuPerAction, kernelPerAction, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0));
            Program.Progress($"whole-day: hour {hour} of {Hours}, {perHour * hour:N0} tickets served");
        }

        return new Result(counters, perHour * Hours, hours, took.Elapsed);
    }

    public static string Print(Result r)
    {
        var text = new StringBuilder();
        text.AppendLine("## A large hall's whole day, accelerated").AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Counters} counters, each clerk's console open (doing what the page does on each event, without rendering); {r.Tickets:N0} tickets in {Hours} hours of arrivals, each hour's tickets called and finished by the clerks in turn; actions timed until every console applied them; the whole day took {r.Took.TotalMinutes:0.0} minutes."));
        text.AppendLine();
        text.AppendLine("| hour | tickets so far | actions | p50 ms | p95 ms | p99 ms | CPU per action ms | of it in the kernel ms | managed heap MB |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var h in r.Hours)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {h.Number} | {h.Tickets:N0} | {h.Action.Count} | {Latency.Format(h.Action.P50)} | {Latency.Format(h.Action.P95)} | {Latency.Format(h.Action.P99)} | {Report.F(h.CpuMsPerAction)} | {Report.F(h.KernelMsPerAction)} | {Report.F(h.HeapMb)} |"));
        }

        var (first, last) = (r.Hours[0], r.Hours[^1]);
        Figures.Record("wholeday_p95_ratio", last.Action.P95 / first.Action.P95);
        Figures.Record("wholeday_cpu_ratio", last.CpuMsPerAction / first.CpuMsPerAction);
        Figures.Record("wholeday_heap_first_mb", first.HeapMb);
        Figures.Record("wholeday_heap_last_mb", last.HeapMb);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Report.Figure(text, "**last hour / first hour, action p95**", $"**{Report.F(last.Action.P95 / first.Action.P95)}×**");
        Report.Figure(text, "**last hour / first hour, CPU per action**", $"**{Report.F(last.CpuMsPerAction / first.CpuMsPerAction)}×**");
        Report.Figure(text, "managed heap, first hour / last hour", $"{Report.F(first.HeapMb)} / {Report.F(last.HeapMb)} MB");
        Report.Figure(text, "load average at the end (1 / 5 / 15 min)", Report.LoadAverage());
        return text.ToString();
    }

    /// <summary>The demo hall's counters 1–9 and more up to <paramref name="count"/>, each serving line A with a clerk of its own.</summary>
    private static async Task<List<Actor>> OpenClerksAsync(BenchApp app, int count, CancellationToken ct)
    {
        var ids = await StaffScreensBench.OpenCountersAsync(app, count, ct, lines: ["A"]);
        var clerks = new List<Actor>(ids.Count);
        foreach (var id in ids)
        {
            await using var db = await app.DbAsync();
            var name = db.Users.Single(u => u.Id == id).UserName!;
            clerks.Add(new Actor(id, name, "127.0.0.1"));
        }

        return clerks;
    }
}
