using System.Globalization;

namespace Gateway.Certification;

/// <summary>The words of one scenario line, read left to right; every problem is an error naming the line.</summary>
internal sealed class LineReader(string fileName, int number, string text, List<string> words)
{
    private int _next;

    public int Number { get; } = number;

    public string Text { get; } = text;

    public ScenarioFormatException Error(string problem) => new(fileName, Number, problem);

    public string Word(string expected) =>
        _next < words.Count ? words[_next++] : throw Error($"expected {expected} at the end of '{Text}'");

    public string? Optional() => _next < words.Count && words[_next] != "within" ? words[_next++] : null;

    /// <summary>The remaining words joined by spaces (a title, a reason).</summary>
    public string Rest(string expected)
    {
        if (_next >= words.Count)
        {
            throw Error($"expected {expected}");
        }

        var rest = string.Join(' ', words.Skip(_next));
        _next = words.Count;
        return rest;
    }

    public void Keyword(string keyword)
    {
        var word = Word($"'{keyword}'");
        if (word != keyword)
        {
            throw Error($"expected '{keyword}', found '{word}'");
        }
    }

    public bool PeekIs(string word) => _next < words.Count && words[_next] == word;

    public bool PeekIsNumber() => _next < words.Count && char.IsAsciiDigit(words[_next][0]);

    /// <summary>A reason name starts with a capital (RiskCheck, Requested); keywords are lower case.</summary>
    public bool PeekIsReason() => _next < words.Count && char.IsAsciiLetterUpper(words[_next][0]);

    public bool PeekIsField()
    {
        if (_next >= words.Count)
        {
            return false;
        }

        var word = words[_next];
        var eq = word.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && int.TryParse(word.AsSpan(0, eq), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    public int Int(string expected, int min = int.MinValue)
    {
        var word = Word(expected);
        if (!int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw Error(min == int.MinValue ? $"expected {expected} (a whole number), found '{word}'" : $"expected {expected} (a whole number ≥ {min}), found '{word}'");
        }

        return value;
    }

    public long Quantity()
    {
        var word = Word("a quantity");
        if (!long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw Error($"expected a quantity (a whole number above 0), found '{word}'");
        }

        return value;
    }

    public decimal Price()
    {
        var word = Word("a price");
        if (!decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw Error($"expected a price (a decimal number above 0, such as 190.01), found '{word}'");
        }

        return value;
    }

    /// <summary>A share between 0 and 1, returned in per mille.</summary>
    public long Ratio()
    {
        var word = Word("a ratio between 0 and 1");
        if (!decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 1)
        {
            throw Error($"expected a ratio between 0 and 1, found '{word}'");
        }

        return (long)(value * 1000);
    }

    /// <summary><c>500ms</c>, <c>10s</c>.</summary>
    public TimeSpan Duration()
    {
        var word = Word("a duration such as 500ms or 10s");
        var (digits, unit) = word.EndsWith("ms", StringComparison.Ordinal) ? (word[..^2], 1) : word.EndsWith('s') ? (word[..^1], 1000) : ("", 0);
        if (unit == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw Error($"expected a duration such as 500ms or 10s, found '{word}'");
        }

        return TimeSpan.FromMilliseconds((long)value * unit);
    }

    /// <summary>A name of <typeparamref name="T"/>, as written in the enum (RiskCheck, PriceCollar).</summary>
    public string EnumName<T>(string expected)
        where T : struct, Enum
    {
        var word = Word(expected);
        return Enum.TryParse<T>(word, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(word[0])
            ? word
            : throw Error($"'{word}' is not {expected} (one of {string.Join(", ", Enum.GetNames<T>())})");
    }

    /// <summary>The optional <c>within DURATION</c> that ends an expectation, then the end of the line.</summary>
    public TimeSpan? Within()
    {
        TimeSpan? within = null;
        if (PeekIs("within"))
        {
            _next++;
            within = Duration();
        }

        End();
        return within;
    }

    public void End()
    {
        if (_next < words.Count)
        {
            throw Error($"unexpected '{words[_next]}' in '{Text}'");
        }
    }
}
