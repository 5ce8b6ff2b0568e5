using System.Collections;
using System.Globalization;
using System.Resources;
using HallDesk.Domain;
using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Localization;

/// <summary>
/// Says the domain's keys in words: a <see cref="DomainMessage"/> from Errors.resx, an enum value from Labels.resx, in
/// the current UI culture or an explicit one (documents and the audit log are Chinese whatever the reader's language).
/// Static, so queries, the API's problem details and documents need no localizer threaded through them.
/// </summary>
public static class Texts
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    internal static readonly ResourceManager ErrorTexts = new(typeof(Errors));

    internal static readonly ResourceManager LabelTexts = new(typeof(Labels));

    /// <summary>What a rule or request failure says, in words; any other exception's own message.</summary>
    public static string Of(Exception exception, CultureInfo? culture = null) => exception switch
    {
        DomainException rule => Of(rule.Text, culture),
        InputException input => Of(input.Text, culture),
        NotFoundException notFound => Of(notFound.Text, culture),
        TooManyAttemptsException tooMany => Of(tooMany.Text, culture),
        FieldErrorsException fields => string.Join(" ", fields.Errors.Values.Select(v => Of(v, culture))),
        _ => exception.Message,
    };

    /// <summary>Field → words, for forms that show each field's problem at the field.</summary>
    public static Dictionary<string, string> Of(FieldErrorsException exception) =>
        exception.Errors.ToDictionary(e => e.Key, e => Of(e.Value));

    /// <summary>The message in words; an unknown key shows as itself, so a missing text is visible but never fatal.</summary>
    public static string Of(DomainMessage message, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (ErrorTexts.GetString(message.Key, culture) is not { } template)
        {
            return message.ToString();
        }

        return message.Args.Count == 0
            ? template
            : string.Format(culture, template, message.Args.Select(a => Arg(a, culture)).ToArray());
    }

    /// <summary>The word for a state or level: Labels "TicketStatus.Waiting" …; the value's name when there is none.</summary>
    public static string Label(Enum value, CultureInfo? culture = null) =>
        LabelTexts.GetString($"{value.GetType().Name}.{value}", culture ?? CultureInfo.CurrentUICulture) ?? value.ToString();

    /// <summary>A text of the request errors (problem titles …) by key.</summary>
    public static string Error(string key, params object?[] args) => Of(new DomainMessage(key, args));

    private static object? Arg(object? arg, CultureInfo culture) => arg switch
    {
        Enum value => Label(value, culture),
        DomainMessage inner => Of(inner, culture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable list => string.Join(
            ErrorTexts.GetString(list is IEnumerable<DomainMessage> ? "Separator.Sentences" : "Separator.Names", culture),
            list.Cast<object?>().Select(a => Arg(a, culture))),
        _ => arg,
    };
}
