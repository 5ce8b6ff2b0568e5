namespace HallDesk.Web.Features.Online;

/// <summary><c>Online:*</c>: the working days a hall has for 网上预审 (1 by default).</summary>
public sealed class OnlineSettings(IConfiguration configuration)
{
    public int PreReviewDays { get; } = Math.Max(0, configuration.GetValue("Online:PreReviewDays", 1));
}
