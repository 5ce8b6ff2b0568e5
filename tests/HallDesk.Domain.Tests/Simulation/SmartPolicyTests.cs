using HallDesk.Domain.Simulation;

namespace HallDesk.Domain.Tests.Simulation;

public class SmartPolicyTests
{
    private const int Minute = 60;

    private static readonly SimulatedCounter OnlyA = new(1, ["A"]);
    private static readonly SimulatedCounter AThenC = new(1, ["A", "C"]);

    [Fact]
    public void Run_DueAppointment_ServedBeforeEarlierWalkIn()
    {
        // The counter is busy until minute 10; the walk-in came first, the appointment is due at 10.
        var plan = new ArrivalPlan(
        [
            new Arrival(1, "A", 0, 10 * Minute),
            new Arrival(2, "A", 1 * Minute, 5 * Minute),
            new Arrival(3, "A", 2 * Minute, 5 * Minute, AppointmentSecond: 10 * Minute),
        ]);

        var smart = QueueSimulator.Run(plan, [OnlyA], SmartPolicy.Default);
        var fifo = QueueSimulator.Run(plan, [OnlyA], new FifoPolicy());

        Assert.Equal([1, 3, 2], smart.Served.Select(s => s.Arrival.Id));
        Assert.Equal([1, 2, 3], fifo.Served.Select(s => s.Arrival.Id));
    }

    [Fact]
    public void Run_AppointmentNotYetDue_WaitsItsTurnLikeAWalkIn()
    {
        var plan = new ArrivalPlan(
        [
            new Arrival(1, "A", 0, 10 * Minute),
            new Arrival(2, "A", 1 * Minute, 5 * Minute),
            new Arrival(3, "A", 2 * Minute, 5 * Minute, AppointmentSecond: 60 * Minute),
        ]);

        var smart = QueueSimulator.Run(plan, [OnlyA], SmartPolicy.Default);

        Assert.Equal([1, 2, 3], smart.Served.Select(s => s.Arrival.Id));
    }

    [Fact]
    public void Run_GreenChannel_ServedBeforeEarlierNormalTicket()
    {
        var plan = new ArrivalPlan(
        [
            new Arrival(1, "A", 0, 10 * Minute),
            new Arrival(2, "A", 1 * Minute, 5 * Minute),
            new Arrival(3, "C", 2 * Minute, 5 * Minute, GreenChannel: true),
        ]);

        var smart = QueueSimulator.Run(plan, [AThenC], SmartPolicy.Default);

        Assert.Equal([1, 3, 2], smart.Served.Select(s => s.Arrival.Id));
    }

    [Fact]
    public void Run_SteadyStreamOfTopLine_AgeingServesTheLowerLineWithinThreshold()
    {
        // An A every 4 minutes, each taking 5: the A line never empties for two hours.
        var arrivals = Enumerable.Range(0, 30).Select(i => new Arrival(i + 1, "A", i * 4 * Minute, 5 * Minute)).ToList();
        arrivals.Add(new Arrival(100, "C", 1 * Minute, 5 * Minute));
        var plan = new ArrivalPlan(arrivals);

        var aged = QueueSimulator.Run(plan, [AThenC], SmartPolicy.Default);
        var unaged = QueueSimulator.Run(plan, [AThenC], SmartPolicy.WithoutAgeing);

        var agedWait = aged.Served.Single(s => s.Arrival.Id == 100).WaitSeconds;
        var unagedWait = unaged.Served.Single(s => s.Arrival.Id == 100).WaitSeconds;
        Assert.InRange(agedWait, 20 * Minute, (20 + 5) * Minute);
        Assert.True(unagedWait > 60 * Minute, $"waited {unagedWait / Minute} min without ageing");
    }

    [Fact]
    public void PickNext_AgedLowerLineAndOlderTopLine_LongestWaitWins()
    {
        var olderA = new Arrival(1, "A", 0, 300);
        var agedC = new Arrival(2, "C", 60, 300);

        var pick = SmartPolicy.Default.PickNext(AThenC, [olderA, agedC], 30 * Minute);

        Assert.Same(olderA, pick);
    }

    [Fact]
    public void PickNext_NothingTheCounterServes_ReturnsNull()
    {
        var pick = SmartPolicy.Default.PickNext(OnlyA, [new Arrival(1, "C", 0, 300, GreenChannel: true)], 0);

        Assert.Null(pick);
    }
}
