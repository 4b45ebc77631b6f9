using System.Globalization;

namespace Gateway.Benchmarks.Harness;

/// <summary>The options after the mode name: <c>--round-trips 50000 --size 200</c>.</summary>
public sealed class ModeArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    public ModeArguments(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected '--name value', got '{arg}'");
            }

            _options[arg[2..]] = args[++i];
        }
    }

    public int GetInt(string name, int defaultValue) =>
        _options.TryGetValue(name, out string? text) ? int.Parse(text, CultureInfo.InvariantCulture) : defaultValue;
}
