namespace HallDesk.Domain.Catalog;

/// <summary>一件事: several items of several departments in one application, one form, one set of materials.</summary>
public sealed class Bundle
{
    private Bundle()
    {
        Code = Name = Pinyin = Description = "";
        ItemCodes = [];
        ItemStages = [];
    }

    public Bundle(string code, string name, string pinyin, string description, IEnumerable<string> itemCodes, int? promisedDays = null, int sortOrder = 0,
        IReadOnlyDictionary<string, int>? stages = null)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16)
        {
            throw new DomainException("Bundle.CodeRequired");
        }

        Code = code.Trim();
        Name = Pinyin = Description = "";
        ItemCodes = [];
        ItemStages = [];
        SortOrder = sortOrder;
        Revise(name, pinyin, description, itemCodes, promisedDays, stages);
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Pinyin { get; private set; }

    public string Description { get; private set; }

    public List<string> ItemCodes { get; private set; }

    /// <summary>The stage of each item, in the order of <see cref="ItemCodes"/>; empty when the bundle has one stage.</summary>
    public List<int> ItemStages { get; private set; }

    public int StageCount => ItemStages.Count == 0 ? StagePlan.FirstStage : ItemStages.Max();

    public int StageOf(string itemCode)
    {
        var index = ItemCodes.IndexOf(itemCode);
        return index < 0 || ItemStages.Count == 0 ? StagePlan.FirstStage : ItemStages[index];
    }

    /// <summary>
    /// 承诺时限 of the whole bundle, working days, as the district publishes it; null (bundles older than the
    /// column) promises what its slowest item takes.
    /// </summary>
    public int? PromisedDays { get; private set; }

    /// <summary>Retired: no longer offered at intake; cases already taken in keep the items they were taken in with.</summary>
    public bool Retired { get; private set; }

    /// <summary>Where the district lists it (search hits and the catalog page), lowest first.</summary>
    public int SortOrder { get; private set; }

    /// <summary>The district edits the bundle; the promise is checked against the catalog by <see cref="EnsurePromiseKept"/>.</summary>
    /// <param name="stages">The stage of each item (一件事一条链); an item not named is in stage 1; null keeps one stage.</param>
    public void Revise(string name, string pinyin, string description, IEnumerable<string> itemCodes, int? promisedDays,
        IReadOnlyDictionary<string, int>? stages = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64)
        {
            throw new DomainException("Bundle.NameRequired");
        }

        if (promisedDays < 0)
        {
            throw new DomainException("Item.NegativeDays");
        }

        var codes = itemCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (codes.Count < 2)
        {
            throw new DomainException("Bundle.TooFewItems");
        }

        var itemStages = codes.Select(c => stages?.GetValueOrDefault(c, StagePlan.FirstStage) ?? StagePlan.FirstStage).ToList();
        StagePlan.EnsureContiguous(itemStages);

        Name = name.Trim();
        Pinyin = pinyin.Trim();
        Description = description.Trim();
        ItemCodes = codes;
        ItemStages = itemStages.Any(s => s != StagePlan.FirstStage) ? itemStages : [];
        PromisedDays = promisedDays;
    }

    public void Retire() => Retired = true;

    public void Reinstate() => Retired = false;

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    /// <summary>
    /// A bundle may not promise less than its items take (an item concluded at once takes 0 days): with one stage,
    /// its slowest item; in stages, the sum of each stage's slowest item (<see cref="StagePlan"/>). Otherwise the
    /// applicant would be promised a date no department can keep. Every item must be in the catalog.
    /// </summary>
    public void EnsurePromiseKept(IEnumerable<ServiceItem> catalog)
    {
        var byCode = catalog.ToDictionary(i => i.Code);
        var parts = ItemCodes.Select(c => byCode.GetValueOrDefault(c) ?? throw new DomainException("Bundle.UnknownItem", Code, c)).ToList();
        if (PromisedDays is not { } promised)
        {
            return;
        }

        if (StageCount > StagePlan.FirstStage)
        {
            var days = StagePlan.DaysTaken(parts.Select(p => (StageOf(p.Code), DaysTaken(p))));
            if (promised < days)
            {
                throw new DomainException("Bundle.PromiseShorterThanStages", Name, promised, StageCount, days);
            }

            return;
        }

        var slowest = parts.MaxBy(DaysTaken)!;
        if (promised < DaysTaken(slowest))
        {
            throw new DomainException("Bundle.PromiseShorterThanItem", Name, promised, slowest.Name, DaysTaken(slowest));
        }
    }

    private static int DaysTaken(ServiceItem item) => item.ConcludesAtOnce ? 0 : item.PromisedDays;

    public bool Matches(string query)
    {
        var q = query.Trim();
        return q.Length > 0 && (Name.Contains(q, StringComparison.Ordinal)
            || Code.Contains(q, StringComparison.OrdinalIgnoreCase)
            || Pinyin.Contains(q, StringComparison.OrdinalIgnoreCase));
    }
}
