namespace HallDesk.Domain.Appointments;

/// <summary>One bookable period of a day: its start (hall local time) and how many people it takes.</summary>
public sealed record Slot(TimeOnly Start, int Capacity);

/// <summary>The slots of a day: every N minutes from opening until the last one that ends by closing.</summary>
public static class SlotPlan
{
    /// <summary>A hall open around the clock (self-service area) takes appointments in ordinary office hours.</summary>
    public static readonly TimeOnly DefaultOpens = new(9, 0);

    public static readonly TimeOnly DefaultCloses = new(17, 0);

    public static IReadOnlyList<Slot> ForDay(bool openAroundTheClock, TimeOnly opensAt, TimeOnly closesAt, int slotMinutes, int capacity)
    {
        if (slotMinutes is < 5 or > 240)
        {
            throw new DomainException("SlotPlan.LengthRange");
        }

        if (capacity is < 1 or > 1000)
        {
            throw new DomainException("SlotPlan.CapacityRange");
        }

        var (from, to) = openAroundTheClock ? (DefaultOpens, DefaultCloses) : (opensAt, closesAt);
        var slots = new List<Slot>();
        for (var start = from.ToTimeSpan(); start + TimeSpan.FromMinutes(slotMinutes) <= to.ToTimeSpan(); start += TimeSpan.FromMinutes(slotMinutes))
        {
            slots.Add(new Slot(TimeOnly.FromTimeSpan(start), capacity));
        }

        return slots;
    }
}
