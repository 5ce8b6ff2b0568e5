namespace HallDesk.Web.Features.Evaluation;

/// <summary>What the online rating page knows of its link before the citizen fills anything in.</summary>
public enum OnlineRatingState
{
    Open = 0,
    AlreadyRated = 1,
    NotYetRateable = 2,
}
