namespace HallDesk.Domain.Cases;

/// <summary>
/// 容缺受理: the window accepts a case with non-key materials missing, on the applicant's written promise to bring them by
/// a day; no department approves until they are received at the window.
/// </summary>
public sealed partial class Case
{
    /// <summary>The earliest day an owed material is due; null when nothing is owed. Stored, so the window finds overdue cases.</summary>
    public DateOnly? OwedBy { get; private set; }

    /// <summary>容缺 materials not yet brought.</summary>
    public IReadOnlyList<CaseMaterial> OwedMaterials => Materials.Where(m => m.State == MaterialState.Owed).ToList();

    /// <summary>An owed material is past its promised day.</summary>
    public bool OwedOverdue(DateOnly today) => OwedBy is { } due && due < today;

    /// <summary>The applicant brings owed materials to the window: received, the departments may approve once none is owed.</summary>
    public void ReceiveOwedMaterials(IEnumerable<string> keys, string actor, DateTime now)
    {
        RequireStatus("Case.CannotReceiveOwed", CaseStatus.UnderReview, CaseStatus.AwaitingCorrection);
        var brought = keys.ToHashSet();
        var names = new List<string>();
        Materials = Materials.Select(m =>
        {
            if (m.State == MaterialState.Owed && brought.Contains(m.Key))
            {
                names.Add(m.Name);
                return m with { State = MaterialState.Submitted };
            }

            return m;
        }).ToList();
        if (names.Count == 0)
        {
            throw new DomainException("Case.NothingOwedBrought");
        }

        OwedBy = EarliestOwed();
        Record(now, actor, CaseJournal.OwedReceived, CaseJournal.List(names));
    }

    /// <summary>Marks the promised materials owed; each must be missing and 容缺, the day after today.</summary>
    private List<string> Defer(IReadOnlyCollection<string> keys, DateOnly? owedBy, DateOnly today)
    {
        if (owedBy is not { } due || due <= today)
        {
            throw new DomainException("Case.OwedByRequired");
        }

        if (Items.All(i => i.ConcludesAtOnce))
        {
            // Nothing waits for review: the case would conclude before the material arrives.
            throw new DomainException("Case.OwedOnInstantCase");
        }

        var wanted = keys.ToHashSet();
        foreach (var material in Materials.Where(m => wanted.Contains(m.Key)))
        {
            if (!material.Deferrable)
            {
                throw new DomainException("Case.KeyMaterialNotDeferrable", material.Name);
            }

            if (material.State != MaterialState.Missing)
            {
                throw new DomainException("Case.OwedMaterialPresent", material.Name);
            }
        }

        if (wanted.Except(Materials.Select(m => m.Key)).Any())
        {
            throw new DomainException("Case.OwedMaterialUnknown");
        }

        var names = new List<string>();
        Materials = Materials.Select(m =>
        {
            if (!wanted.Contains(m.Key))
            {
                return m;
            }

            names.Add(m.Name);
            return m with { State = MaterialState.Owed, OwedBy = due };
        }).ToList();
        OwedBy = due;
        return names;
    }

    private void EnsureNothingOwed()
    {
        if (OwedMaterials is { Count: > 0 } owed)
        {
            throw new DomainException("Case.OwedMaterialsOutstanding", CaseJournal.List(owed.Select(m => m.Name)), owed.Min(m => m.OwedBy)!);
        }
    }

    private DateOnly? EarliestOwed() => OwedMaterials.Select(m => m.OwedBy).Min();
}
