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
        if (value.Length < 8 || value[2] != (byte)':' || value[5] != (byte)':')
        {
            return false;
        }

        if (!TwoDigits(value, 0, out var hour) || hour > 23
            || !TwoDigits(value, 3, out var minute) || minute > 59
            || !TwoDigits(value, 6, out var second) || second > 59)
        {
            return false;
        }

        if (value.Length == 8)
        {
            return true;
        }

        var fraction = value[9..];
        if (value[8] != (byte)'.' || fraction.IsEmpty || fraction.Length > 9)
        {
            return false;
        }

        foreach (var b in fraction)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>yyyyMMdd, a real calendar date from year 1.</summary>
    public static bool IsDate(ReadOnlySpan<byte> value)
    {
        if (!TwoDigits(value, 0, out var century) || !TwoDigits(value, 2, out var yy)
            || !TwoDigits(value, 4, out var month) || !TwoDigits(value, 6, out var day))
        {
            return false;
        }

        var year = (century * 100) + yy;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TwoDigits(ReadOnlySpan<byte> value, int at, out int number)
    {
        var tens = (uint)(value[at] - '0');
        var ones = (uint)(value[at + 1] - '0');
        number = (int)((tens * 10) + ones);
        return tens <= 9 && ones <= 9;
    }
}
