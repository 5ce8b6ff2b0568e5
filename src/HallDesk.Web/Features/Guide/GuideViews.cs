namespace HallDesk.Web.Features.Guide;

/// <summary>A hall where an application can be handed in: one with a 综合窗口, which takes in every item (受审分离, 全区通办).</summary>
/// <param name="Complete">可全程办理: the hall also decides the application (the district hall, or a sub-hall the item is delegated to, 赋权).</param>
public sealed record GuideHall(string Code, string Name, string Address, bool Complete = false);

/// <summary>
/// A material as the public reads it. <see cref="Exempt"/> says why it need not be brought: 电子证照 (the registry holds
/// the licence named in <see cref="Licence"/>) or 部门共享 (<see cref="SharedBy"/> already holds it); null when it must be brought.
/// </summary>
public sealed record GuideMaterial(string Name, string Form, int Copies, bool Required, string? Exempt, string? Licence, string? SharedBy);

/// <summary>An item or bundle in a list of search hits.</summary>
public sealed record GuideHit(string Code, string Name, bool IsBundle, string Departments, int PromisedDays, bool Instant, bool Commitment);

/// <summary>政务服务事项 in the public 办事指南.</summary>
public sealed record GuideItem(
    string Code,
    string Name,
    string Department,
    string Kind,
    int? LegalDays,
    int PromisedDays,
    string Fee,
    bool Instant,
    bool Commitment,
    string LegalBasis,
    IReadOnlyList<GuideHall> Halls,
    IReadOnlyList<GuideMaterial> Materials);

/// <summary>One item of a 一件事, with the stage it starts in (一件事一条链).</summary>
public sealed record GuideBundleItem(string Code, string Name, string Department, int Stage, int PromisedDays, bool Instant, bool Commitment);

/// <summary>一件事 in the public 办事指南: its items, the merged materials (asked once), its promise.</summary>
public sealed record GuideBundle(
    string Code,
    string Name,
    string Description,
    string Departments,
    int PromisedDays,
    bool Instant,
    IReadOnlyList<GuideBundleItem> Items,
    IReadOnlyList<GuideHall> Halls,
    IReadOnlyList<GuideMaterial> Materials);
