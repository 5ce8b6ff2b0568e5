namespace HallDesk.Domain.Simulation;

/// <summary>
/// Replays a day of arrivals against a set of counters (open all day, serving until the last ticket
/// is done) in whole seconds, event by event: arrivals, and counters becoming free.
/// </summary>
public static class QueueSimulator
{
    public static SimulationResult Run(ArrivalPlan plan, IReadOnlyList<SimulatedCounter> counters, IRoutingPolicy policy)
    {
        var arrivals = plan.Arrivals;
        var orphan = arrivals.FirstOrDefault(a => !counters.Any(c => c.Serves(a.LineCode)));
        if (orphan is not null)
        {
            throw new ArgumentException($"No counter serves line {orphan.LineCode}.", nameof(counters));
        }

        var waiting = new List<Arrival>();
        var freeAt = new int?[counters.Count];
        var served = new List<ServedTicket>(arrivals.Count);
        var next = 0;
        var now = arrivals.Count == 0 ? 0 : arrivals[0].ArrivalSecond;

        while (true)
        {
            while (next < arrivals.Count && arrivals[next].ArrivalSecond <= now)
            {
                waiting.Add(arrivals[next++]);
            }

            for (var i = 0; i < counters.Count; i++)
            {
                if (freeAt[i] <= now)
                {
                    freeAt[i] = null;
                }
            }

            // Free counters call in number order, so a day replays the same way every time.
            for (var i = 0; i < counters.Count && waiting.Count > 0; i++)
            {
                if (freeAt[i] is not null)
                {
                    continue;
                }

                var pick = policy.PickNext(counters[i], waiting, now);
                if (pick is null)
                {
                    continue;
                }

                if (!counters[i].Serves(pick.LineCode) || !waiting.Remove(pick))
                {
                    throw new InvalidOperationException($"{policy.Name} picked ticket {pick.Id}, which counter {counters[i].Number} cannot call.");
                }

                served.Add(new ServedTicket(pick, counters[i].Number, now));
                freeAt[i] = now + pick.ServiceSeconds;
            }

            var nextEvent = next < arrivals.Count ? arrivals[next].ArrivalSecond : int.MaxValue;
            foreach (var busyUntil in freeAt)
            {
                if (busyUntil is { } until && until < nextEvent)
                {
                    nextEvent = until;
                }
            }

            if (nextEvent == int.MaxValue)
            {
                break;
            }

            now = nextEvent;
        }

        if (waiting.Count > 0)
        {
            throw new InvalidOperationException($"{policy.Name} left {waiting.Count} tickets waiting with every counter free.");
        }

        return new SimulationResult(policy.Name, served);
    }
}
