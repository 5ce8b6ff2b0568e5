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
