using System.Diagnostics.CodeAnalysis;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Config;

/// <summary>
/// One section of a settings file with typed getters. A [SESSION] section falls back to [DEFAULT] for keys it does
/// not set. Keys ignore case; values are trimmed. A bad or missing value throws a <see cref="SettingsException"/>
/// naming the file, line, section, key and value.
/// </summary>
public sealed class SettingsSection
{
    private readonly Dictionary<string, Setting> _own;
    private readonly SettingsSection? _defaults;
    private readonly string _source;

    internal SettingsSection(string source, string title, int line, Dictionary<string, Setting> own, SettingsSection? defaults)
    {
        _source = source;
        Title = title;
        Line = line;
        _own = own;
        _defaults = defaults;
    }

    /// <summary>How errors name this section: <c>[DEFAULT]</c> or <c>[SESSION 2]</c>, then the session id once known.</summary>
    public string Title { get; private set; }

    /// <summary>Line of the section header (0 for an implicit empty [DEFAULT]).</summary>
    public int Line { get; }

    /// <summary>The session this [SESSION] section defines; null for [DEFAULT].</summary>
    public FixSessionId? SessionId { get; private set; }

    /// <summary>Every key set here or inherited, in the spelling of the file.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            var keys = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in _own.Keys)
            {
                keys.Add(key);
            }

            if (_defaults is not null)
            {
                foreach (var key in _defaults.Keys)
                {
                    keys.Add(key);
                }
            }

            return keys;
        }
    }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The trimmed value, or false if neither this section nor [DEFAULT] sets the key.</summary>
    public bool TryGetString(string key, [NotNullWhen(true)] out string? value)
    {
        value = Find(key)?.Value;
        return value is not null;
    }

    public string GetString(string key) => Require(key).Value;

    public string GetString(string key, string defaultValue) => Find(key)?.Value ?? defaultValue;

    public int GetInt(string key) => ParseInt(Require(key));

    public int GetInt(string key, int defaultValue) => Find(key) is { } s ? ParseInt(s) : defaultValue;

    /// <summary>Y or N.</summary>
    public bool GetBool(string key) => ParseBool(Require(key));

    public bool GetBool(string key, bool defaultValue) => Find(key) is { } s ? ParseBool(s) : defaultValue;

    /// <summary>HH:mm:ss.</summary>
    public TimeOnly GetTime(string key)
    {
        var s = Require(key);
        return SettingValues.TryParseTime(s.Value, out var time) ? time : throw Bad(s, "a time of day as HH:mm:ss");
    }

    public TimeOnly? GetTimeOrNull(string key) => Has(key) ? GetTime(key) : null;

    /// <summary>StartDay/EndDay: an English day name or a prefix of two letters or more.</summary>
    public DayOfWeek GetDay(string key)
    {
        var s = Require(key);
        return SettingValues.TryParseDay(s.Value, out var day) ? day : throw Bad(s, "a day of the week such as Mon or Monday");
    }

    public DayOfWeek? GetDayOrNull(string key) => Has(key) ? GetDay(key) : null;

    /// <summary>
    /// The zone of StartTime/EndTime: <c>TimeZone</c> (an IANA id such as Europe/London) if set, the machine's zone
    /// if <c>UseLocalTime=Y</c>, otherwise UTC. Setting both is an error.
    /// </summary>
    public TimeZoneInfo GetTimeZone()
    {
        var useLocal = GetBool(SettingNames.UseLocalTime, SettingNames.UseLocalTimeDefault);
        if (Find(SettingNames.TimeZone) is not { } zone)
        {
            return useLocal ? TimeZoneInfo.Local : TimeZoneInfo.Utc;
        }

        if (useLocal)
        {
            throw new SettingsException($"{Where(zone)}: {SettingNames.TimeZone} and {SettingNames.UseLocalTime}=Y cannot both be set");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zone.Value);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new SettingsException($"{Describe(zone)}: expected a time zone id known to this system, such as America/New_York", e);
        }
    }

    /// <summary>
    /// A file or directory path with '\' and '/' both read as separators; a relative path is joined to
    /// <paramref name="baseDirectory"/> when one is given (QuickFIX itself resolves against the working directory).
    /// </summary>
    public string GetPath(string key, string? baseDirectory = null) => ResolvePath(Require(key).Value, baseDirectory);

    public string? GetPathOrNull(string key, string? baseDirectory = null) =>
        Find(key) is { } s ? ResolvePath(s.Value, baseDirectory) : null;

    /// <summary>An enum by member name, any case (e.g. FsyncPolicy=EveryMessage).</summary>
    public TEnum GetEnum<TEnum>(string key, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        if (Find(key) is not { } s)
        {
            return defaultValue;
        }

        // A name only: Enum.TryParse would also take numbers and comma-joined flags.
        if (!IsName(s.Value) || !Enum.TryParse<TEnum>(s.Value, ignoreCase: true, out var result))
        {
            throw Bad(s, "one of " + string.Join(", ", Enum.GetNames<TEnum>()));
        }

        return result;
    }

    /// <summary>Precision of sent timestamps: TimeStampPrecision if set, else millis or seconds by MillisecondsInTimeStamp.</summary>
    public TimestampPrecision GetTimestampPrecision()
    {
        if (Find(SettingNames.TimeStampPrecision) is { } s)
        {
            return SettingValues.TryParseTimeStampPrecision(s.Value, out var precision)
                ? precision
                : throw Bad(s, "Second, Millisecond, Microsecond or Nanosecond");
        }

        return GetBool(SettingNames.MillisecondsInTimeStamp, SettingNames.MillisecondsInTimeStampDefault)
            ? SettingNames.TimeStampPrecisionDefault
            : TimestampPrecision.Seconds;
    }

    public IdleStrategyKind GetIdleStrategy() =>
        GetEnum(SettingNames.IdleStrategy, Enum.Parse<IdleStrategyKind>(SettingNames.IdleStrategyDefault));

    /// <summary>The error for a value that is present but unusable, for callers with their own checks.</summary>
    public SettingsException BadValue(string key, string expected) => Bad(Require(key), expected);

    public override string ToString() => Title;

    internal void SetSessionId(FixSessionId id)
    {
        SessionId = id;
        Title = $"{Title} {id}";
    }

    internal Setting? Find(string key) =>
        _own.TryGetValue(key, out var own) ? own : _defaults?.Find(key);

    private static bool IsName(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string ResolvePath(string value, string? baseDirectory)
    {
        var path = SettingValues.NormalisePath(value);
        return baseDirectory is null || Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path);
    }

    private Setting Require(string key) =>
        Find(key) ?? throw new SettingsException(
            $"{_source}: {Title} has no {key}" + (_defaults is null ? string.Empty : " (nor has [DEFAULT])"));

    private int ParseInt(Setting s) =>
        SettingValues.TryParseInt(s.Value, out var value) ? value : throw Bad(s, "an integer");

    private bool ParseBool(Setting s) =>
        SettingValues.TryParseBool(s.Value, out var value) ? value : throw Bad(s, "Y or N");

    private SettingsException Bad(Setting s, string expected) => new($"{Describe(s)}: expected {expected}");

    private string Describe(Setting s) => $"{Where(s)}: {s.Key}='{s.Value}'";

    /// <summary>The file and line the setting came from; an inherited one is named as [DEFAULT]'s, for this section.</summary>
    private string Where(Setting s) =>
        _own.ContainsKey(s.Key) || _defaults is null
            ? $"{_source} line {s.Line}, {Title}"
            : $"{_source} line {s.Line} ([DEFAULT]), {Title}";
}

/// <summary>A key as the file spells it, its trimmed value and the line it is on.</summary>
internal sealed record Setting(string Key, string Value, int Line);
