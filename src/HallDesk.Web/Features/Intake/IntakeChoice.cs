using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Intake;

/// <summary>What the clerk decided at the window: accept, ask for correction, or refuse on a ground (with where to apply instead).</summary>
public sealed record IntakeChoice(IntakeDecision Decision, string? Reason, string? Basis, bool Commitment, string? CollectionHall,
    RejectionGround Ground = RejectionGround.Other, string? ApplyTo = null);
