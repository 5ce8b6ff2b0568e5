using HallDesk.Domain.Simulation;

namespace HallDesk.Domain.Tests.Simulation;

public class QueueSimulatorTests
{
    public static TheoryData<string> Policies => ["FIFO", "Smart", "Priority, no ageing"];

    [Theory]
    [MemberData(nameof(Policies))]
    public void Run_DemoDay_ServesEveryArrivalOnceAfterItArrives(string policyName)
    {
        var plan = ArrivalPlan.DemoDay(42);

        var result = QueueSimulator.Run(plan, DemoHall.Counters, PolicyNamed(policyName));

        Assert.Equal(plan.Arrivals.Count, result.ServedCount);
        Assert.Equal(plan.Arrivals.Select(a => a.Id).Order(), result.Served.Select(s => s.Arrival.Id).Order());
        Assert.All(result.Served, s => Assert.True(s.StartSecond >= s.Arrival.ArrivalSecond));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Run_DemoDay_NoCounterServesTwoTicketsAtOnceOrALineItDoesNotServe(string policyName)
    {
        var result = QueueSimulator.Run(ArrivalPlan.DemoDay(7), DemoHall.Counters, PolicyNamed(policyName));

        foreach (var counter in DemoHall.Counters)
        {
            var own = result.Served.Where(s => s.CounterNumber == counter.Number).OrderBy(s => s.StartSecond).ToList();
            Assert.All(own, s => Assert.True(counter.Serves(s.Arrival.LineCode)));
            for (var i = 1; i < own.Count; i++)
            {
                Assert.True(own[i].StartSecond >= own[i - 1].FinishSecond);
            }
        }
    }

    [Fact]
    public void Run_Fifo_EachCallIsTheOldestWaitingTicketOfTheCountersLines()
    {
        var result = QueueSimulator.Run(ArrivalPlan.DemoDay(42), DemoHall.Counters, new FifoPolicy());

        foreach (var call in result.Served)
        {
            var counter = DemoHall.Counters.Single(c => c.Number == call.CounterNumber);
            var overtaken = result.Served.Where(other =>
                counter.Serves(other.Arrival.LineCode)
                && IsEarlier(other.Arrival, call.Arrival)
                && other.StartSecond > call.StartSecond);
            Assert.Empty(overtaken);
        }
    }

    [Fact]
    public void Run_SameInputTwice_SameResult()
    {
        var plan = ArrivalPlan.DemoDay(42);

        var first = QueueSimulator.Run(plan, DemoHall.Counters, SmartPolicy.Default);
        var second = QueueSimulator.Run(plan, DemoHall.Counters, SmartPolicy.Default);

        Assert.Equal(first.Served, second.Served);
    }

    [Fact]
    public void Run_LineNoCounterServes_Throws()
    {
        var plan = new ArrivalPlan([new Arrival(1, "Z", 100, 60)]);

        Assert.Throws<ArgumentException>(() => QueueSimulator.Run(plan, DemoHall.Counters, new FifoPolicy()));
    }

    [Fact]
    public void Run_BusyDayOf1500Arrivals_ServesEveryoneUnderBothPolicies()
    {
        var plan = ArrivalPlan.Generate(1, DemoHall.Lines, 1500);

        var fifo = QueueSimulator.Run(plan, DemoHall.Counters, new FifoPolicy());
        var smart = QueueSimulator.Run(plan, DemoHall.Counters, SmartPolicy.Default);

        Assert.Equal(1500, fifo.ServedCount);
        Assert.Equal(1500, smart.ServedCount);
    }

    [Fact]
    public void Result_WaitFigures_ComeFromTheServedTickets()
    {
        var plan = new ArrivalPlan(
        [
            new Arrival(1, "A", 0, 600),
            new Arrival(2, "A", 0, 600),
            new Arrival(3, "C", 0, 60),
        ]);

        var result = QueueSimulator.Run(plan, [new SimulatedCounter(1, ["A", "C"])], new FifoPolicy());

        // Starts at 0, 10 and 20 minutes.
        Assert.Equal(10, result.MeanWaitMinutes, 6);
        Assert.Equal(20, result.P90WaitMinutes, 6);
        Assert.Equal(20, result.MaxWaitMinutes, 6);
        Assert.Equal(5, result.MeanWaitByLine["A"], 6);
        Assert.Equal(20, result.MeanWaitByLine["C"], 6);
    }

    private static bool IsEarlier(Arrival a, Arrival b) =>
        a.ArrivalSecond < b.ArrivalSecond || (a.ArrivalSecond == b.ArrivalSecond && a.Id < b.Id);

    private static IRoutingPolicy PolicyNamed(string name) => name switch
    {
        "FIFO" => new FifoPolicy(),
        "Smart" => SmartPolicy.Default,
        _ => SmartPolicy.WithoutAgeing,
    };
}
