using System.Text;

namespace Gateway.Certification;

/// <summary>Splits a scenario line into words: spaces separate, double quotes keep a phrase whole, <c>#</c> starts a comment.</summary>
internal static class ScenarioTokens
{
    /// <summary>The words of <paramref name="line"/>; null with <paramref name="error"/> set when a quote is not closed.</summary>
    public static List<string>? Split(string line, out string? error)
    {
        error = null;
        var words = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            if (line[i] == '#')
            {
                break;
            }

            if (line[i] == '"')
            {
                var close = line.IndexOf('"', i + 1);
                if (close < 0)
                {
                    error = "a quoted text is not closed (missing '\"')";
                    return null;
                }

                words.Add(line[(i + 1)..close]);
                i = close + 1;
                continue;
            }

            var word = new StringBuilder();
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                word.Append(line[i++]);
            }

            words.Add(word.ToString());
        }

        return words;
    }
}
