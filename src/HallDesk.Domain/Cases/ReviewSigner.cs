namespace HallDesk.Domain.Cases;

/// <summary>Who signs a step of a two-step sign-off: the name on the documents, the account that tells people apart, the 审批 permission.</summary>
public sealed record ReviewSigner(string Name, string Account, bool CanApprove);
