using System.Buffers.Binary;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// UTC dates and times. Epoch nanoseconds (long) cover 1677-09-21 to 2262-04-11; values outside that range
/// are well-formed (the Is... checks accept them) but do not parse to nanoseconds.
///
/// <code>
///  UTCTimestamp   yyyyMMdd-HH:mm:ss[.f…]     20240131-23:59:58.123456789
///                 0   4 6 8 9 12 15 17 18
///  UTCTimeOnly    HH:mm:ss[.f…]              23:59:58.123
///  UTCDateOnly / LocalMktDate  yyyyMMdd      20240131
///  MonthYear      yyyyMM | yyyyMMdd | yyyyMMwN   202401, 20240131, 202401w2
/// </code>
///
/// The fraction may have 1 to 12 digits (FIX 4.2–4.4 write 3, FIX 5.0 SP2 allows 6, 9, or 12 for picoseconds);
/// digits beyond nanoseconds are truncated. Seconds go to 60: FIX allows a leap second, which we read as the
/// first second of the next minute (the epoch clock has no leap seconds). Month 1–12; the day must exist in that
/// month (leap years included); hours 0–23, minutes 0–59.
/// QuickFIX/n is stricter about the fraction (only 0, 3, 6 or 7+ digits) and rejects second 60.
/// </summary>
public static partial class FixValue
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerDay = 86_400L * NanosPerSecond;

    /// <summary>The longest UTCTimestamp we write: yyyyMMdd-HH:mm:ss.sssssssss.</summary>
    public const int MaxTimestampLength = 27;

    private const int DateLength = 8;
    private const int TimeLength = 8; // HH:mm:ss
    private const int TimestampSecondsLength = DateLength + 1 + TimeLength;
    private const int MaxFractionDigits = 12;

    // Epoch nanos reach from 1677-09-21T00:12:43.145224192 to 2262-04-11T23:47:16.854775807.
    private const int MinEpochYear = 1678;
    private const int MaxEpochYear = 2261;

    public static bool TryParseTimestamp(ReadOnlySpan<byte> text, out long epochNanos)
    {
        epochNanos = 0;
        if (text.Length < TimestampSecondsLength || text[DateLength] != (byte)'-'
            || !TryParseEpochDay(text[..DateLength], out var days)
            || !TryParseTimeOfDay(text[(DateLength + 1)..], out var nanosOfDay))
        {
            return false;
        }

        epochNanos = (days * NanosPerDay) + nanosOfDay;
        return true;
    }

    // The last date parsed on this thread, as its eight bytes: a session reads the same date all day.
    [ThreadStatic]
    private static ulong t_parsedDate;

    [ThreadStatic]
    private static long t_parsedDay;

    /// <summary>yyyyMMdd within the epoch-nanosecond range, as days since 1970-01-01.</summary>
    private static bool TryParseEpochDay(ReadOnlySpan<byte> text, out long days)
    {
        var packed = BinaryPrimitives.ReadUInt64LittleEndian(text);
        if (packed == t_parsedDate)
        {
            days = t_parsedDay;
            return true;
        }

        if (!TryParseDate(text, out var year, out var month, out var day) || year is < MinEpochYear or > MaxEpochYear)
        {
            days = 0;
            return false;
        }

        days = DaysFromCivil(year, month, day);
        t_parsedDate = packed; // only valid dates are cached, and no valid date packs to 0
        t_parsedDay = days;
        return true;
    }

    /// <summary>HH:mm:ss[.f…] to nanoseconds since midnight (second 60 gives 86,400 s for 23:59:60).</summary>
    public static bool TryParseTimeOnly(ReadOnlySpan<byte> text, out long nanosOfDay) => TryParseTimeOfDay(text, out nanosOfDay);

    /// <summary>yyyyMMdd (UTCDateOnly, LocalMktDate).</summary>
    public static bool TryParseDateOnly(ReadOnlySpan<byte> text, out DateOnly date)
    {
        if (text.Length == DateLength && TryParseDate(text, out var year, out var month, out var day) && year >= 1)
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    public static bool IsUtcTimestamp(ReadOnlySpan<byte> text) =>
        text.Length >= TimestampSecondsLength && text[DateLength] == (byte)'-'
        && TryParseDate(text[..DateLength], out _, out _, out _)
        && TryParseTimeOfDay(text[(DateLength + 1)..], out _);

    public static bool IsUtcTimeOnly(ReadOnlySpan<byte> text) => TryParseTimeOfDay(text, out _);

    /// <summary>
    /// <see cref="IsUtcTimestamp(ReadOnlySpan{byte})"/> for a caller that checks many timestamps of the same day (a
    /// validator): <paramref name="lastValidDate"/> (0 at first) keeps the eight date bytes of the last valid one,
    /// and a timestamp with the same date skips the calendar check.
    /// </summary>
    public static bool IsUtcTimestamp(ReadOnlySpan<byte> text, ref ulong lastValidDate)
    {
        if (text.Length < TimestampSecondsLength || text[DateLength] != (byte)'-')
        {
            return false;
        }

        var date = BinaryPrimitives.ReadUInt64LittleEndian(text);
        if (date != lastValidDate)
        {
            if (!TryParseDate(text[..DateLength], out _, out _, out _))
            {
                return false;
            }

            lastValidDate = date; // digits: never 0
        }

        return TryParseTimeOfDay(text[(DateLength + 1)..], out _);
    }

    public static bool IsUtcDateOnly(ReadOnlySpan<byte> text) => text.Length == DateLength && TryParseDate(text, out _, out _, out _);

    /// <summary>yyyyMM, yyyyMMdd, or yyyyMMwN (week 1–5).</summary>
    public static bool IsMonthYear(ReadOnlySpan<byte> text)
    {
        if (text.Length is not (6 or 8) || !TryParseDigits(text[..4], out var year) || !TryParseDigits(text.Slice(4, 2), out var month)
            || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 6)
        {
            return true;
        }

        if (text[6] == (byte)'w')
        {
            return text[7] is >= (byte)'1' and <= (byte)'5';
        }

        return TryParseDigits(text.Slice(6, 2), out var day) && day >= 1 && day <= DaysInMonth(year, month);
    }

    /// <summary>
    /// TZTimeOnly <c>HH:MM[:SS][.f…][Z | ±hh[:mm]]</c> (FIX 4.4+; the zone is optional), e.g. "07:39Z", "02:39-05", "15:39:20+05:30".
    /// </summary>
    public static bool IsTzTimeOnly(ReadOnlySpan<byte> text)
    {
        var zone = IndexOfZone(text, 5);
        return zone < 0 ? IsLocalTime(text) : IsTzOffset(text[zone..]) && IsLocalTime(text[..zone]);
    }

    /// <summary>TZTimestamp <c>yyyyMMdd-HH:MM[:SS][.f…][Z | ±hh[:mm]]</c>.</summary>
    public static bool IsTzTimestamp(ReadOnlySpan<byte> text) =>
        text.Length > DateLength + 1 && text[DateLength] == (byte)'-'
        && TryParseDate(text[..DateLength], out _, out _, out _) && IsTzTimeOnly(text[(DateLength + 1)..]);

    /// <summary>Writes yyyyMMdd-HH:mm:ss[.f…] with the fraction digits <paramref name="precision"/> says (truncated).</summary>
    public static bool TryFormatTimestamp(long epochNanos, TimestampPrecision precision, Span<byte> destination, out int written)
    {
        var fractionDigits = (int)precision;
        var length = TimestampSecondsLength + (fractionDigits == 0 ? 0 : fractionDigits + 1);
        if (length > destination.Length || fractionDigits is not (0 or 3 or 6 or 9))
        {
            written = 0;
            return false;
        }

        long days;
        if (epochNanos >= 0)
        {
            days = (long)((ulong)epochNanos / NanosPerDay); // unsigned division by a constant is a multiply
        }
        else
        {
            days = ((epochNanos + 1) / NanosPerDay) - 1;
        }

        WriteDate(days, destination);
        destination[DateLength] = (byte)'-';
        WriteTime(epochNanos - (days * NanosPerDay), fractionDigits, destination[(DateLength + 1)..]);
        written = length;
        return true;
    }

    // The last date written, on any thread, in one word so that one read gets both halves:
    //   bits 63..32  the day since the epoch (as uint)
    //   bits 31..0   yyyyMMdd as eight 4-bit digits, the first in the lowest nibble (0: nothing cached yet)
    // A plain static rather than [ThreadStatic] (a TLS lookup per call): sessions on different threads write the
    // same date all day, and a race only makes a thread format the date again.
    private static ulong s_writtenDate;

    /// <summary>Writes yyyyMMdd of a day since the epoch.</summary>
    private static void WriteDate(long days, Span<byte> destination)
    {
        var cached = Volatile.Read(ref s_writtenDate);
        if ((uint)(cached >> 32) != (uint)days || (uint)cached == 0)
        {
            cached = ((ulong)(uint)days << 32) | PackedDigitsOf(days);
            Volatile.Write(ref s_writtenDate, cached);
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, AsciiOfPackedDigits((uint)cached));
    }

    private static uint PackedDigitsOf(long days)
    {
        CivilFromDays(days, out var year, out var month, out var day);
        var y = (uint)year;
        return (y / 1000) | (y / 100 % 10 << 4) | (y / 10 % 10 << 8) | (y % 10 << 12)
            | ((uint)month / 10 << 16) | ((uint)month % 10 << 20) | ((uint)day / 10 << 24) | ((uint)day % 10 << 28);
    }

    /// <summary>Spreads eight 4-bit digits into eight ASCII bytes, nibble i to byte i.</summary>
    private static ulong AsciiOfPackedDigits(uint packed)
    {
        ulong x = packed;
        x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFFUL;
        x = (x | (x << 8)) & 0x00FF_00FF_00FF_00FFUL;
        x = (x | (x << 4)) & 0x0F0F_0F0F_0F0F_0F0FUL;
        return x | 0x3030_3030_3030_3030UL;
    }

    /// <summary>Writes HH:mm:ss[.f…] for nanoseconds since midnight.</summary>
    public static bool TryFormatTimeOnly(long nanosOfDay, TimestampPrecision precision, Span<byte> destination, out int written)
    {
        var fractionDigits = (int)precision;
        var length = TimeLength + (fractionDigits == 0 ? 0 : fractionDigits + 1);
        if (length > destination.Length || (ulong)nanosOfDay >= NanosPerDay || fractionDigits is not (0 or 3 or 6 or 9))
        {
            written = 0;
            return false;
        }

        WriteTime(nanosOfDay, fractionDigits, destination);
        written = length;
        return true;
    }

    /// <summary>Writes yyyyMMdd.</summary>
    public static bool TryFormatDateOnly(DateOnly date, Span<byte> destination, out int written)
    {
        if (destination.Length < DateLength)
        {
            written = 0;
            return false;
        }

        WriteDigits((ulong)date.Year, destination[..4]);
        WriteTwoDigits((uint)date.Month, destination[4..]);
        WriteTwoDigits((uint)date.Day, destination[6..]);
        written = DateLength;
        return true;
    }

    /// <summary>HH:mm:ss as one 8-byte store, then the fraction (destination holds at least the whole length).</summary>
    private static void WriteTime(long nanosOfDay, int fractionDigits, Span<byte> destination)
    {
        var seconds = (ulong)nanosOfDay / NanosPerSecond;
        var nanos = (ulong)nanosOfDay - (seconds * NanosPerSecond);
        var secondOfDay = (uint)seconds;
        var hour = secondOfDay / 3600;
        var minuteAndSecond = secondOfDay - (hour * 3600);
        var minute = minuteAndSecond / 60;
        var second = minuteAndSecond - (minute * 60);
        const ulong Template = 0x3030_3A30_303A_3030UL; // "00:00:00" as little-endian bytes
        var text = Template | (hour / 10) | ((ulong)(hour % 10) << 8) | ((ulong)(minute / 10) << 24) | ((ulong)(minute % 10) << 32)
            | ((ulong)(second / 10) << 48) | ((ulong)(second % 10) << 56);
        BinaryPrimitives.WriteUInt64LittleEndian(destination, text);
        if (fractionDigits == 3)
        {
            var millis = (uint)(nanos / 1_000_000);
            var tens = millis / 10;
            var fraction = 0x3030_302EU | ((tens / 10) << 8) | ((tens % 10) << 16) | ((millis % 10) << 24); // ".000"
            BinaryPrimitives.WriteUInt32LittleEndian(destination[TimeLength..], fraction);
        }
        else if (fractionDigits > 0)
        {
            destination[TimeLength] = (byte)'.';
            WriteDigits(nanos / (ulong)FixDecimal.Pow10[9 - fractionDigits], destination.Slice(TimeLength + 1, fractionDigits));
        }
    }

    /// <summary>yyyyMMdd with a real calendar day; year 0000 is rejected (there is none).</summary>
    private static bool TryParseDate(ReadOnlySpan<byte> text, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        if (text.Length != DateLength || !TryParseDigits(text[..4], out year) || !TryParseDigits(text.Slice(4, 2), out month)
            || !TryParseDigits(text.Slice(6, 2), out day))
        {
            year = 0;
            return false;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    /// <summary>HH:mm:ss[.f{1,12}] → nanoseconds since midnight.</summary>
    private static bool TryParseTimeOfDay(ReadOnlySpan<byte> text, out long nanosOfDay)
    {
        nanosOfDay = 0;
        if (text.Length < TimeLength)
        {
            return false;
        }

        var h1 = (uint)(text[0] - '0');
        var h2 = (uint)(text[1] - '0');
        var m1 = (uint)(text[3] - '0');
        var m2 = (uint)(text[4] - '0');
        var s1 = (uint)(text[6] - '0');
        var s2 = (uint)(text[7] - '0');
        var hour = (h1 * 10) + h2;
        var minute = (m1 * 10) + m2;
        var second = (s1 * 10) + s2;
        // Non-short-circuit: one branch for the whole check.
        if ((h1 > 9) | (h2 > 9) | (m1 > 9) | (m2 > 9) | (s1 > 9) | (s2 > 9) | (hour > 23) | (minute > 59) | (second > 60)
            | (text[2] != (byte)':') | (text[5] != (byte)':'))
        {
            return false;
        }

        long fraction = 0;
        if (text.Length > TimeLength)
        {
            var digits = text.Length - TimeLength - 1;
            if (text[TimeLength] != (byte)'.' || digits is < 1 or > MaxFractionDigits)
            {
                return false;
            }

            var fractionText = text.Slice(TimeLength + 1, Math.Min(digits, 9));
            if (!TryParseDigits(fractionText, out var value) || !AllDigits(text[(TimeLength + 1 + fractionText.Length)..]))
            {
                return false;
            }

            fraction = value * FixDecimal.Pow10[9 - fractionText.Length];
        }

        nanosOfDay = (((((hour * 60L) + minute) * 60L) + second) * NanosPerSecond) + fraction;
        return true;
    }

    /// <summary>HH:MM[:SS[.f…]] for the TZ types (no range beyond 0–23 / 0–59 / 0–60).</summary>
    private static bool IsLocalTime(ReadOnlySpan<byte> text) =>
        text.Length == 5
            ? text[2] == (byte)':' && TryParseDigits(text[..2], out var hour) && TryParseDigits(text.Slice(3, 2), out var minute)
              && hour <= 23 && minute <= 59
            : TryParseTimeOfDay(text, out _);

    /// <summary>Where the zone designator starts (first 'Z', '+' or '-' at or after <paramref name="from"/>), or -1.</summary>
    private static int IndexOfZone(ReadOnlySpan<byte> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is (byte)'Z' or (byte)'+' or (byte)'-')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Z | ±hh | ±hh:mm.</summary>
    private static bool IsTzOffset(ReadOnlySpan<byte> zone)
    {
        if (zone.Length == 1)
        {
            return zone[0] == (byte)'Z';
        }

        if (zone[0] is not ((byte)'+' or (byte)'-') || zone.Length is not (3 or 6) || !TryParseDigits(zone.Slice(1, 2), out var hours)
            || hours > 14)
        {
            return false;
        }

        return zone.Length == 3 || (zone[3] == (byte)':' && TryParseDigits(zone.Slice(4, 2), out var minutes) && minutes <= 59);
    }

    /// <summary>Unsigned decimal digits only (up to 9 of them); false if any byte is not a digit.</summary>
    private static bool TryParseDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (IsLeapYear(year) ? 29 : 28) : (month is 4 or 6 or 9 or 11 ? 30 : 31);

    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).</summary>
    internal static long DaysFromCivil(int year, int month, int day)
    {
        long y = year - (month <= 2 ? 1 : 0);
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    /// <summary>The inverse of <see cref="DaysFromCivil"/>.</summary>
    internal static void CivilFromDays(long days, out int year, out int month, out int day)
    {
        days += 719_468;
        var era = (days >= 0 ? days : days - 146_096) / 146_097;
        var dayOfEra = days - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        month = (int)(mp < 10 ? mp + 3 : mp - 9);
        year = (int)(yearOfEra + (era * 400) + (month <= 2 ? 1 : 0));
    }
}
