namespace HallDesk.Web.Localization;

/// <summary>
/// Marker for the SMS texts (SmsTexts.resx, 中文, and SmsTexts.en-US.resx): the messages themselves, always sent in
/// Chinese (<see cref="Message"/>), and the Admin outbox page's words.
/// </summary>
public sealed class SmsTexts
{
    private static readonly System.Resources.ResourceManager Resources = new(typeof(SmsTexts));

    private SmsTexts()
    {
    }

    /// <summary>A message's text in Chinese, whatever the language of the page that caused it.</summary>
    public static string Message(string key, params object?[] args) =>
        string.Format(Texts.Chinese, Resources.GetString(key, Texts.Chinese) ?? key, args);
}
