namespace HallDesk.Domain.Catalog;

/// <summary>一件事: several items of several departments in one application, one form, one set of materials.</summary>
public sealed class Bundle
{
    private Bundle()
    {
        Code = Name = Pinyin = Description = "";
        ItemCodes = [];
    }

    public Bundle(string code, string name, string pinyin, string description, IEnumerable<string> itemCodes)
    {
        Code = code;
        Name = name;
        Pinyin = pinyin;
        Description = description;
        ItemCodes = itemCodes.Distinct().ToList();
        if (ItemCodes.Count < 2)
        {
            throw new DomainException("Bundle.TooFewItems");
        }
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Pinyin { get; private set; }

    public string Description { get; private set; }

    public List<string> ItemCodes { get; private set; }

    public bool Matches(string query)
    {
        var q = query.Trim();
        return q.Length > 0 && (Name.Contains(q, StringComparison.Ordinal)
            || Code.Contains(q, StringComparison.OrdinalIgnoreCase)
            || Pinyin.Contains(q, StringComparison.OrdinalIgnoreCase));
    }
}
