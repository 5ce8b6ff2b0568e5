namespace HallDesk.Web.Localization;

/// <summary>
/// Marker for the words of states and levels, keyed "EnumType.Value" (TicketStatus.Waiting, CaseStatus.UnderReview …):
/// Labels.resx (中文, the default) and Labels.en-US.resx. Short words that also go inside error texts and public answers;
/// a screen's longer chip texts stay in Strings.
/// </summary>
public sealed class Labels;
