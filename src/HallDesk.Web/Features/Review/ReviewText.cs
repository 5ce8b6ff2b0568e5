using System.Globalization;
using HallDesk.Domain.Cases;
using HallDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace HallDesk.Web.Features.Review;

/// <summary>Words and times shared by the review screens.</summary>
public static class ReviewText
{

    /// <summary>A stored UTC instant as the hall's local time, yyyy-MM-dd HH:mm.</summary>
    public static string Local(DateTime? utc) =>
        utc is null ? "—" : Infrastructure.HallTime.Format(utc);

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    // The short Labels words are the fallback, so a key not yet in Strings still reads right.
    public static string Status(this IStringLocalizer<Strings> l, CaseStatus status) => Word(l, "CaseStatus." + status, Texts.Label(status));

    public static string Status(this IStringLocalizer<Strings> l, ReviewStatus status) => Word(l, "Review.TaskStatus." + status, Texts.Label(status));

    public static string Light(this IStringLocalizer<Strings> l, DeadlineLight light) => Word(l, "Review.Light." + light, Texts.Label(light));

    private static string Word(IStringLocalizer<Strings> l, string key, string fallback)
    {
        var text = l[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
