using System.Buffers.Binary;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// "Is this value well-formed for its type?" — the checks behind 373=6 "Incorrect data format for value", with
/// QuickFIX/n's acceptance rules (no leading '+', no exponent, real calendar dates). Kept here rather than in the
/// codec's parsers on purpose: these answer "would QuickFIX reject it", which is narrower than "can we read it".
/// <code>
///  Int          -?[0-9]+                          fits in 32 bits   (INT, LENGTH, NUMINGROUP)
///  SeqNum       [0-9]+                            fits in 64 bits unsigned
///  Decimal      -?[0-9]*(\.[0-9]*)?  with a digit                   (PRICE, QTY, AMT, FLOAT, ...)
///  Char         exactly one byte;  Boolean  Y or N
///  UtcTimestamp yyyyMMdd-HH:mm:ss[.f{1,9}]        UtcDateOnly yyyyMMdd    UtcTimeOnly HH:mm:ss[.f{1,9}]
/// </code>
/// </summary>
internal static class ValueFormatChecks
{
    public static bool IsValid(ValueFormat format, ReadOnlySpan<byte> value) => format switch
    {
        ValueFormat.Any => true,
        ValueFormat.Char => value.Length == 1,
        ValueFormat.Int => IsInt(value),
        ValueFormat.SeqNum => IsSeqNum(value),
        ValueFormat.Decimal => IsDecimal(value),
        ValueFormat.Boolean => value.Length == 1 && (value[0] == (byte)'Y' || value[0] == (byte)'N'),
        ValueFormat.UtcTimestamp => IsUtcTimestamp(value),
        ValueFormat.UtcDateOnly => value.Length == 8 && IsDate(value),
        ValueFormat.UtcTimeOnly => IsTime(value),
        _ => true,
    };

    public static bool IsInt(ReadOnlySpan<byte> value)
    {
        var negative = !value.IsEmpty && value[0] == (byte)'-';
        var digits = negative ? value[1..] : value;
        if (digits.IsEmpty || digits.Length > 10)
        {
            return false;
        }

        long n = 0;
        foreach (var b in digits)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return false;
            }

            n = (n * 10) + d;
        }

        return n <= (negative ? 2147483648L : int.MaxValue);
    }

    public static bool IsSeqNum(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty || value.Length > 20)
        {
            return false;
        }

        ulong n = 0;
        foreach (var b in value)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return false;
            }

            if (n > (ulong.MaxValue - d) / 10)
            {
                return false;
            }

            n = (n * 10) + d;
        }

        return true;
    }

    public static bool IsDecimal(ReadOnlySpan<byte> value)
    {
        var i = !value.IsEmpty && value[0] == (byte)'-' ? 1 : 0;
        var integerDigits = 0;
        while (i < value.Length && (uint)(value[i] - '0') <= 9)
        {
            i++;
            integerDigits++;
        }

        var fractionDigits = 0;
        if (i < value.Length && value[i] == (byte)'.')
        {
            i++;
            while (i < value.Length && (uint)(value[i] - '0') <= 9)
            {
                i++;
                fractionDigits++;
            }
        }

        // System.Decimal holds 28-29 integer digits; QuickFIX/n rejects what overflows it.
        return i == value.Length && integerDigits + fractionDigits > 0 && integerDigits <= 28;
    }

    /// <summary>yyyyMMdd-HH:mm:ss with an optional fraction of 1 to 9 digits.</summary>
    public static bool IsUtcTimestamp(ReadOnlySpan<byte> value) =>
        value.Length >= 17 && IsDate(value[..8]) && value[8] == (byte)'-' && IsTime(value[9..]);

    /// <summary>HH:mm:ss with an optional fraction of 1 to 9 digits.</summary>
    public static bool IsTime(ReadOnlySpan<byte> value)
    {
        if (value.Length < 8)
        {
            return false;
        }

        // Eight bytes at once: ':' at positions 2 and 5, digits elsewhere (the colons swapped for '0' to test).
        const ulong colons = 0x0000_FF00_00FF_0000;
        var v = BinaryPrimitives.ReadUInt64LittleEndian(value);
        if ((v & colons) != 0x0000_3A00_003A_0000 || !AllDigits((v & ~colons) | 0x0000_3000_0030_0000))
        {
            return false;
        }

        var hour = ((int)(v & 0xF) * 10) + (int)((v >> 8) & 0xF);
        var minute = ((int)((v >> 24) & 0xF) * 10) + (int)((v >> 32) & 0xF);
        var second = ((int)((v >> 48) & 0xF) * 10) + (int)((v >> 56) & 0xF);
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        return value.Length == 8 || IsFraction(value[8..]);
    }

    /// <summary>yyyyMMdd, a real calendar date from year 1.</summary>
    public static bool IsDate(ReadOnlySpan<byte> value)
    {
        if (value.Length < 8)
        {
            return false;
        }

        var v = BinaryPrimitives.ReadUInt64LittleEndian(value);
        if (!AllDigits(v))
        {
            return false;
        }

        var d = v & 0x0F0F_0F0F_0F0F_0F0F;
        var year = ((int)(d & 0xFF) * 1000) + ((int)((d >> 8) & 0xFF) * 100) + ((int)((d >> 16) & 0xFF) * 10) + (int)((d >> 24) & 0xFF);
        var month = ((int)((d >> 32) & 0xFF) * 10) + (int)((d >> 40) & 0xFF);
        var day = ((int)((d >> 48) & 0xFF) * 10) + (int)(d >> 56);
        if (year == 0 || month is 0 or > 12 || day == 0)
        {
            return false;
        }

        return day <= DaysInMonth[month] || (month == 2 && day == 29 && IsLeapYear(year));
    }

    /// <summary>'.' and 1 to 9 digits.</summary>
    private static bool IsFraction(ReadOnlySpan<byte> value)
    {
        if (value.Length is < 2 or > 10 || value[0] != (byte)'.')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if ((uint)(value[i] - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True if all eight bytes are '0'..'9': high nibble 3, and the low nibble does not carry when 6 is added.</summary>
    private static bool AllDigits(ulong v) =>
        (v & 0xF0F0_F0F0_F0F0_F0F0) == 0x3030_3030_3030_3030
        && ((v + 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) == 0x3030_3030_3030_3030;

    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    // Days in each month of a common year, indexed 1..12.
    private static ReadOnlySpan<byte> DaysInMonth => [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
}
