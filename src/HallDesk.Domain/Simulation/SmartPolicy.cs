namespace HallDesk.Domain.Simulation;

/// <summary>
/// Appointments that are due (slot within the grace period) first, by slot; then the green channel;
/// then the counter's line priorities, longest wait first. With ageing, a ticket of a lower-priority
/// line that has waited the threshold counts as the top line, so no line starves behind a busy one.
/// </summary>
public sealed class SmartPolicy : IRoutingPolicy
{
    private readonly int _graceSeconds;
    private readonly int? _ageingSeconds;

    public SmartPolicy(TimeSpan appointmentGrace, TimeSpan? ageingThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(appointmentGrace, TimeSpan.Zero);
        if (ageingThreshold is { } threshold)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, TimeSpan.Zero, nameof(ageingThreshold));
        }

        _graceSeconds = (int)appointmentGrace.TotalSeconds;
        _ageingSeconds = ageingThreshold is { } t ? (int)t.TotalSeconds : null;
    }

    /// <summary>5 minutes' grace before a slot, ageing after 20 minutes.</summary>
    public static SmartPolicy Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20));

    /// <summary>The same order without ageing: a lower line waits as long as a higher one has anyone.</summary>
    public static SmartPolicy WithoutAgeing { get; } = new(TimeSpan.FromMinutes(5), null);

    public string Name => _ageingSeconds is null ? "Priority, no ageing" : "Smart";

    public Arrival? PickNext(SimulatedCounter counter, IReadOnlyList<Arrival> waiting, int nowSecond)
    {
        Arrival? due = null;
        Arrival? green = null;
        Arrival? best = null;
        var bestRank = int.MaxValue;

        // One pass; waiting is in arrival order, so the first of equals has waited longest.
        foreach (var ticket in waiting)
        {
            var priority = counter.PriorityOf(ticket.LineCode);
            if (priority < 0)
            {
                continue;
            }

            if (ticket.AppointmentSecond is { } slot && slot <= nowSecond + _graceSeconds)
            {
                if (due is null || slot < due.AppointmentSecond)
                {
                    due = ticket;
                }
            }
            else if (ticket.GreenChannel)
            {
                green ??= ticket;
            }
            else
            {
                var rank = _ageingSeconds is { } ageing && nowSecond - ticket.ArrivalSecond >= ageing ? 0 : priority;
                if (rank < bestRank)
                {
                    best = ticket;
                    bestRank = rank;
                }
            }
        }

        return due ?? green ?? best;
    }
}
