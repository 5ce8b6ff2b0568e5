namespace HallDesk.Domain.Catalog;

/// <summary>
/// 赋权: the district delegates an item to a sub-hall. A case of the item taken in there is reviewed by that hall's own
/// reviewers, by the department's rules (deadlines, 特别程序, sign-off); taken in anywhere else, by the department.
/// </summary>
public sealed class ItemDelegation
{
    private ItemDelegation()
    {
        ItemCode = HallCode = "";
    }

    public ItemDelegation(string itemCode, string hallCode, DateTime now)
    {
        ItemCode = itemCode;
        HallCode = hallCode;
        DelegatedAt = now;
    }

    public int Id { get; private set; }

    public string ItemCode { get; private set; }

    public string HallCode { get; private set; }

    public DateTime DelegatedAt { get; private set; }
}
