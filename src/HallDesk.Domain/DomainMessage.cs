using System.Globalization;

namespace HallDesk.Domain;

/// <summary>
/// What the domain has to say, without saying it in any language: a key and plain arguments (numbers, codes,
/// dates, times, names, enum values, lists of names). Validators return it; <see cref="DomainException"/> carries it.
/// </summary>
public sealed class DomainMessage(string key, params object?[] args)
{
    public string Key { get; } = key;

    public IReadOnlyList<object?> Args { get; } = args;

    public override string ToString() =>
        Args.Count == 0 ? Key : $"{Key} [{string.Join(", ", Args.Select(Show))}]";

    private static string? Show(object? arg) => arg switch
    {
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable<object?> list => string.Join("|", list.Select(Show)),
        _ => Convert.ToString(arg, CultureInfo.InvariantCulture),
    };
}
