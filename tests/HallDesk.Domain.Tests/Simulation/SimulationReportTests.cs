using HallDesk.Domain.Simulation;

namespace HallDesk.Domain.Tests.Simulation;

public class SimulationReportTests
{
    [Fact]
    public void RunDemoDay_PrintsOneTableRowPerPolicy()
    {
        var report = SimulationReport.RunDemoDay(42);

        var rows = report.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.StartsWith("| Routing | Served | Mean | P90 | Max | A mean |", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("| FIFO | 420 |", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("| Smart | 420 |", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void RunDemoDay_SameSeed_SameReport()
    {
        Assert.Equal(SimulationReport.RunDemoDay(42), SimulationReport.RunDemoDay(42));
    }
}
