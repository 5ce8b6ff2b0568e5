namespace HallDesk.Web.Features.Halls;

/// <summary>Where a hall stands for the business a citizen chose.</summary>
public enum HallStanding
{
    /// <summary>Open now and doing the business (or no business chosen).</summary>
    Open,

    /// <summary>Closed now (and does the business, when one is chosen): 已下班.</summary>
    Closed,

    /// <summary>Does not do the business at all: 本大厅不办理此业务.</summary>
    NoSuchLine,
}
