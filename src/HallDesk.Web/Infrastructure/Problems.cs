using HallDesk.Domain;

namespace HallDesk.Web.Infrastructure;

/// <summary>The thing asked for does not exist (404). Carries a key and arguments; the answer is in the reader's language.</summary>
public sealed class NotFoundException(DomainMessage text) : Exception(text.ToString())
{
    public NotFoundException(string key, params object?[] args)
        : this(new DomainMessage(key, args))
    {
    }

    public DomainMessage Text { get; } = text;
}

/// <summary>A field of the request is wrong (400): the field's name and what is wrong with it, as a key and arguments.</summary>
public sealed class InputException(string field, DomainMessage text) : Exception(text.ToString())
{
    public InputException(string field, string key, params object?[] args)
        : this(field, new DomainMessage(key, args))
    {
    }

    public string Field { get; } = field;

    public DomainMessage Text { get; } = text;
}

/// <summary>Several fields are wrong at once (400); field → what is wrong, shown at each field.</summary>
public sealed class FieldErrorsException(IReadOnlyDictionary<string, DomainMessage> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, DomainMessage> Errors { get; } = errors;
}

/// <summary>
/// Too many wrong answers for one number (429 with Retry-After): the number is locked for everyone until the oldest
/// miss of the last hour has aged out, whatever the digits now given.
/// </summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter, DomainMessage? text = null)
    : Exception((text ?? Describe(retryAfter)).ToString())
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));

    /// <summary>"Try again in N minutes", as a key and the minutes.</summary>
    public DomainMessage Text { get; } = text ?? Describe(retryAfter);

    private static DomainMessage Describe(TimeSpan wait) => new("Secret.TooManyAttempts", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
}
