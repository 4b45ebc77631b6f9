using System.Globalization;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Config;

/// <summary>How QuickFIX settings values are written: the parsers behind <see cref="SettingsSection"/>'s getters.</summary>
internal static class SettingValues
{
    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Y or N (either case), as QuickFIX writes booleans.</summary>
    public static bool TryParseBool(string value, out bool result)
    {
        switch (value)
        {
            case "Y" or "y":
                result = true;
                return true;
            case "N" or "n":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    public static bool TryParseInt(string value, out int result) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);

    /// <summary>HH:mm:ss (an hour of one digit is accepted too).</summary>
    public static bool TryParseTime(string value, out TimeOnly result) =>
        TimeOnly.TryParseExact(value, ["HH:mm:ss", "H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out result);

    /// <summary>An English day name or a prefix of it of at least two letters, any case: mo, mon, monda, Monday.</summary>
    public static bool TryParseDay(string value, out DayOfWeek result)
    {
        if (value.Length >= 2)
        {
            for (var day = 0; day < DayNames.Length; day++)
            {
                if (DayNames[day].StartsWith(value, StringComparison.OrdinalIgnoreCase))
                {
                    result = (DayOfWeek)day;
                    return true;
                }
            }
        }

        result = default;
        return false;
    }

    /// <summary>Second, Millisecond, Microsecond, Nanosecond (any case, plural allowed) or the digit count 0, 3, 6, 9.</summary>
    public static bool TryParseTimeStampPrecision(string value, out TimestampPrecision precision)
    {
        TimestampPrecision? parsed = value.ToUpperInvariant() switch
        {
            "SECOND" or "SECONDS" or "0" => TimestampPrecision.Seconds,
            "MILLISECOND" or "MILLISECONDS" or "3" => TimestampPrecision.Millis,
            "MICROSECOND" or "MICROSECONDS" or "6" => TimestampPrecision.Micros,
            "NANOSECOND" or "NANOSECONDS" or "9" => TimestampPrecision.Nanos,
            _ => null,
        };
        precision = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary>Backslashes (from Windows-written files) and slashes both become this OS's separator.</summary>
    public static string NormalisePath(string value) =>
        value.Replace('\\', '/').Replace('/', Path.DirectorySeparatorChar);
}
