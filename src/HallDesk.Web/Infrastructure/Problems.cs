namespace HallDesk.Web.Infrastructure;

/// <summary>The thing asked for does not exist (404). The message is Chinese.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>A field of the request is wrong (400). The message is Chinese and names the field.</summary>
public sealed class InputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Several fields are wrong at once (400); field → Chinese message, shown at each field.</summary>
public sealed class FieldErrorsException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}

/// <summary>
/// Too many wrong answers for one number (429 with Retry-After): the number is locked for everyone until the oldest
/// miss of the last hour has aged out, whatever the digits now given.
/// </summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter)
    : Exception($"该编号验证失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} 分钟后再试。")
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
