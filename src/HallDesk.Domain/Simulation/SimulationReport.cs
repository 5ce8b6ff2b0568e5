using System.Globalization;
using System.Text;

namespace HallDesk.Domain.Simulation;

/// <summary>Formats simulation results as the Markdown table the README shows.</summary>
public static class SimulationReport
{
    /// <summary>The demo hall's day for <paramref name="seed"/> under FIFO, priority without ageing, and smart routing.</summary>
    public static string RunDemoDay(int seed)
    {
        var plan = ArrivalPlan.DemoDay(seed);
        IRoutingPolicy[] policies = [new FifoPolicy(), SmartPolicy.WithoutAgeing, SmartPolicy.Default];
        var results = policies.Select(p => QueueSimulator.Run(plan, DemoHall.Counters, p)).ToList();
        return Format(plan, DemoHall.Counters.Count, seed, results);
    }

    public static string Format(ArrivalPlan plan, int counterCount, int seed, IReadOnlyList<SimulationResult> results)
    {
        var lines = results.SelectMany(r => r.MeanWaitByLine.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Demo day (seed {seed}): {plan.Arrivals.Count} arrivals ({plan.GreenCount} green channel, {plan.AppointmentCount} appointments), {counterCount} counters, waits in minutes.");
        text.AppendLine();
        text.Append("| Routing | Served | Mean | P90 | Max |");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $" {line} mean |");
        }

        text.AppendLine(" Appointments mean | Green mean | Last done |");
        text.Append("|---|---:|---:|---:|---:|");
        text.Append(string.Concat(Enumerable.Repeat("---:|", lines.Count)));
        text.AppendLine("---:|---:|---:|");

        foreach (var result in results)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {result.PolicyName} | {result.ServedCount} | {Minutes(result.MeanWaitMinutes)} | {Minutes(result.P90WaitMinutes)} | {Minutes(result.MaxWaitMinutes)} |");
            foreach (var line in lines)
            {
                var mean = result.MeanWaitByLine.TryGetValue(line, out var m) ? Minutes(m) : "–";
                text.Append(CultureInfo.InvariantCulture, $" {mean} |");
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $" {Minutes(result.AppointmentMeanWaitMinutes)} | {Minutes(result.GreenMeanWaitMinutes)} | {Clock(result.LastFinishSecond)} |");
        }

        return text.ToString();
    }

    private static string Minutes(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Clock(int second) => $"{second / 3600:00}:{second / 60 % 60:00}";
}
