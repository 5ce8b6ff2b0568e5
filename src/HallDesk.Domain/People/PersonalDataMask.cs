namespace HallDesk.Domain.People;

/// <summary>How personal data appears on public screens and answers: never whole.</summary>
public static class PersonalDataMask
{
    /// <summary>138****5678: at most the first 3 and last 4 of an 11-digit number; anything shorter is hidden entirely.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone) || phone.Length < 11)
        {
            return "****";
        }

        return string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }

    /// <summary>张*三 for three characters or more, 张* for two.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "*";
        }

        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext())
        {
            elements.Add(chars.GetTextElement());
        }

        return elements.Count switch
        {
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }
}
