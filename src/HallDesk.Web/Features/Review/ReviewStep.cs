namespace HallDesk.Web.Features.Review;

/// <summary>One step the reviewer asked for, with the opinion, reason or correction text typed for it.</summary>
public sealed record ReviewStep(ReviewAction Action, string Text);
