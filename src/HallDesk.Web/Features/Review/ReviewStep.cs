using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Review;

/// <summary>One step the reviewer asked for, with the opinion, reason or correction text typed for it.</summary>
/// <param name="Waiting">For a 补正: the other departments whose review waits for the material too.</param>
/// <param name="Kind">For a 特别程序: its kind.</param>
public sealed record ReviewStep(ReviewAction Action, string Text, IReadOnlyList<string>? Waiting = null, SuspensionKind? Kind = null);
