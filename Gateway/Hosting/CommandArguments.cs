using System.Globalization;

namespace Gateway.Hosting;

/// <summary>The options after a command word: flags (<c>--once</c>) and values (<c>--rate 500</c>).</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="flags">Option names that take no value.</param>
    public CommandArguments(IReadOnlyList<string> args, params string[] flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected argument '{arg}'");
            }

            var name = arg[2..];
            if (Array.IndexOf(flags, name) >= 0)
            {
                _options[name] = null;
            }
            else if (i + 1 < args.Count)
            {
                _options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"'{arg}' needs a value");
            }
        }
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string GetString(string name, string defaultValue) =>
        _options.TryGetValue(name, out var value) && value is not null ? value : defaultValue;

    public int GetInt(string name, int defaultValue, int min = int.MinValue)
    {
        if (!_options.TryGetValue(name, out var text) || text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new UsageException($"--{name} expects a whole number of at least {min}, got '{text}'");
        }

        return value;
    }
}

/// <summary>A command line the host cannot run: the message is shown with the usage text, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
