namespace Gateway.Sessions.Fix.Config;

/// <summary>
/// A QuickFIX settings (<c>.cfg</c>) file: one optional <c>[DEFAULT]</c> section and any number of <c>[SESSION]</c>
/// sections of <c>Key=Value</c> lines. Lines starting with '#' and blank lines are ignored; keys ignore case;
/// keys and values are trimmed (QuickFIX's own files end lines with spaces); a value is everything after the first
/// '='; a key repeated in one section takes its last value. Every session inherits what [DEFAULT] sets and is
/// identified by its <see cref="FixSessionId"/> (BeginString, SenderCompID and TargetCompID are required).
/// </summary>
/// <example>
/// <code>
/// [DEFAULT]
/// ConnectionType=acceptor
/// SenderCompID=ISLD
/// [SESSION]
/// BeginString=FIX.4.4
/// TargetCompID=TW
/// </code>
/// </example>
public sealed class QuickFixSettingsFile
{
    private static readonly HashSet<string> BeginStrings =
        ["FIX.4.0", "FIX.4.1", "FIX.4.2", "FIX.4.3", "FIX.4.4", "FIXT.1.1"];

    private QuickFixSettingsFile(string source, SettingsSection defaults, List<SettingsSection> sessions)
    {
        Source = source;
        Defaults = defaults;
        Sessions = sessions;
    }

    /// <summary>The path or name the settings were read from, as errors quote it.</summary>
    public string Source { get; }

    public SettingsSection Defaults { get; }

    /// <summary>The [SESSION] sections in file order.</summary>
    public IReadOnlyList<SettingsSection> Sessions { get; }

    public static QuickFixSettingsFile Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static QuickFixSettingsFile Parse(string text, string source = "settings") =>
        Parse(new StringReader(text), source);

    public static QuickFixSettingsFile Parse(TextReader reader, string source = "settings")
    {
        var parser = new Parser(source);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            parser.Line(line, ++lineNumber);
        }

        return parser.Finish();
    }

    /// <summary>The session's section; throws a <see cref="SettingsException"/> if the file does not define it.</summary>
    public SettingsSection Get(FixSessionId id) =>
        TryGet(id, out var section) ? section : throw new SettingsException($"{Source}: no [SESSION] defines {id}");

    public bool TryGet(FixSessionId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SettingsSection? section)
    {
        foreach (var s in Sessions)
        {
            if (s.SessionId == id)
            {
                section = s;
                return true;
            }
        }

        section = null;
        return false;
    }

    /// <summary>Reads line by line; sections are built as their headers arrive, sessions identified at the end.</summary>
    private sealed class Parser(string source)
    {
        private readonly List<(string Title, int Line, Dictionary<string, Setting> Own)> _sessions = [];
        private Dictionary<string, Setting>? _defaults;
        private int _defaultsLine;
        private Dictionary<string, Setting>? _current;

        public void Line(string raw, int number)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                return;
            }

            if (line[0] == '[')
            {
                Header(line, number);
                return;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new SettingsException($"{source} line {number}: expected [SECTION], Key=Value or a # comment, not '{line}'");
            }

            if (_current is null)
            {
                throw new SettingsException($"{source} line {number}: '{line}' comes before any [DEFAULT] or [SESSION] header");
            }

            var key = line[..equals].TrimEnd();
            _current[key] = new Setting(key, line[(equals + 1)..].TrimStart(), number);
        }

        public QuickFixSettingsFile Finish()
        {
            var defaults = new SettingsSection(
                source, "[DEFAULT]", _defaultsLine, _defaults ?? new(StringComparer.OrdinalIgnoreCase), null);
            var sessions = new List<SettingsSection>(_sessions.Count);
            var seen = new Dictionary<FixSessionId, SettingsSection>();
            foreach (var (title, line, own) in _sessions)
            {
                var section = new SettingsSection(source, title, line, own, defaults);
                var id = Identify(section);
                if (seen.TryGetValue(id, out var first))
                {
                    throw new SettingsException(
                        $"{source} line {line}: {title} defines {id} again (first defined by {first.Title} on line {first.Line})");
                }

                section.SetSessionId(id);
                seen.Add(id, section);
                sessions.Add(section);
            }

            return new QuickFixSettingsFile(source, defaults, sessions);
        }

        private void Header(string line, int number)
        {
            if (line[^1] != ']')
            {
                throw new SettingsException($"{source} line {number}: section header '{line}' has no closing ']'");
            }

            var name = line[1..^1].Trim();
            _current = new Dictionary<string, Setting>(StringComparer.OrdinalIgnoreCase);
            if (name.Equals("DEFAULT", StringComparison.OrdinalIgnoreCase))
            {
                if (_defaults is not null)
                {
                    throw new SettingsException($"{source} line {number}: a second [DEFAULT] (the first is on line {_defaultsLine})");
                }

                _defaults = _current;
                _defaultsLine = number;
            }
            else if (name.Equals("SESSION", StringComparison.OrdinalIgnoreCase))
            {
                _sessions.Add(($"[SESSION {_sessions.Count + 1}]", number, _current));
            }
            else
            {
                throw new SettingsException($"{source} line {number}: unknown section [{name}]; expected [DEFAULT] or [SESSION]");
            }
        }

        private static FixSessionId Identify(SettingsSection section)
        {
            var beginString = section.GetString(SettingNames.BeginString);
            if (!BeginStrings.Contains(beginString))
            {
                throw section.BadValue(SettingNames.BeginString, "FIX.4.0 to FIX.4.4 or FIXT.1.1");
            }

            return new FixSessionId(
                beginString,
                section.GetString(SettingNames.SenderCompID),
                section.GetString(SettingNames.TargetCompID),
                section.GetString(SettingNames.SenderSubID, string.Empty),
                section.GetString(SettingNames.SenderLocationID, string.Empty),
                section.GetString(SettingNames.TargetSubID, string.Empty),
                section.GetString(SettingNames.TargetLocationID, string.Empty),
                section.GetString(SettingNames.SessionQualifier, string.Empty));
        }
    }
}
