namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// Allocation-free parsers and formatters for FIX field values (ASCII bytes, no SOH).
/// Parsers return false on anything that is not exactly the FIX syntax; they never throw.
///
/// What is accepted, and how that compares with QuickFIX/n (whose converters the acceptance scripts encode):
/// <list type="bullet">
/// <item>int/long: <c>-?[0-9]+</c> in range. Leading zeros allowed ("007"), "-0" allowed. No '+', no spaces.
///   QuickFIX/n also requires a digit or '-' first; it tolerates trailing spaces, which we do not.</item>
/// <item>decimal: <c>-?[0-9]*(\.[0-9]*)?</c> with at least one digit: "1", "-0.5", ".5", "5.". No '+'
///   (14f_IncorrectDataFormat sends 38=+200.00 and expects 373=6), no exponent, one point at most.
///   QuickFIX/n also lets .NET accept thousands separators and a trailing sign ("1,000", "5-"); we do not.</item>
/// <item>char: exactly one byte. bool: "Y" or "N".</item>
/// </list>
/// </summary>
public static partial class FixValue
{
    /// <summary>"-9223372036854775808" is 20 bytes; a decimal adds a point and a leading "0".</summary>
    public const int MaxLongLength = 20;

    public const int MaxDecimalLength = 22;

    public static bool TryParseInt(ReadOnlySpan<byte> text, out int value)
    {
        if (TryParseLong(text, out var wide) && wide is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)wide;
            return true;
        }

        value = 0;
        return false;
    }

    public static bool TryParseLong(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var negative = false;
        var i = 0;
        if (text.Length > 0 && text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        if (i == text.Length || text.Length - i > 19 + 8)
        {
            return false; // empty, a lone '-', or absurdly long even with leading zeros
        }

        ulong magnitude = 0;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            // 1844674407370955161 * 10 + 5 fits in a ulong, so check before multiplying.
            if (magnitude > (ulong.MaxValue - digit) / 10)
            {
                return false;
            }

            magnitude = (magnitude * 10) + digit;
        }

        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            value = (long)(0 - magnitude);
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }

    /// <summary>
    /// Parses a FIX float (see the class remarks for the syntax). The scale is the number of fraction digits
    /// written, so "123.4500" keeps scale 4. Fails if the value cannot be held exactly: more than 18 significant
    /// fraction digits or a mantissa beyond a long. Trailing fraction zeros beyond that are dropped, not failed.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out FixDecimal value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var pendingZeros = 0; // fraction zeros not yet multiplied in: they matter only if a non-zero digit follows
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            var digit = (uint)(b - '0');
            if (digit <= 9)
            {
                digits++;
                if (!seenPoint)
                {
                    if (mantissa > (ulong)(long.MaxValue - digit) / 10)
                    {
                        return false;
                    }

                    mantissa = (mantissa * 10) + digit;
                    continue;
                }

                if (digit == 0)
                {
                    pendingZeros++;
                    continue;
                }

                if (!AppendFraction(ref mantissa, ref scale, pendingZeros, digit))
                {
                    return false;
                }

                pendingZeros = 0;
                continue;
            }

            if (b == (byte)'.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }

            return false;
        }

        if (digits == 0)
        {
            return false;
        }

        // Keep trailing zeros ("123.4500") as far as they fit; beyond that they carry no value.
        while (pendingZeros > 0 && scale < FixDecimal.MaxScale && mantissa <= (ulong)long.MaxValue / 10)
        {
            mantissa *= 10;
            scale++;
            pendingZeros--;
        }

        var signed = (long)mantissa;
        value = new FixDecimal(negative ? -signed : signed, scale);
        return true;
    }

    private static bool AppendFraction(ref ulong mantissa, ref int scale, int zeros, uint digit)
    {
        var newScale = scale + zeros + 1;
        if (newScale > FixDecimal.MaxScale)
        {
            return false;
        }

        var factor = (ulong)FixDecimal.Pow10[zeros + 1];
        if (mantissa > ((ulong)long.MaxValue - digit) / factor)
        {
            return false;
        }

        mantissa = (mantissa * factor) + digit;
        scale = newScale;
        return true;
    }

    /// <summary>Exactly one byte.</summary>
    public static bool TryParseChar(ReadOnlySpan<byte> text, out char value)
    {
        if (text.Length == 1)
        {
            value = (char)text[0];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>"Y" or "N".</summary>
    public static bool TryParseBool(ReadOnlySpan<byte> text, out bool value)
    {
        value = false;
        if (text.Length != 1)
        {
            return false;
        }

        if (text[0] == (byte)'Y')
        {
            value = true;
            return true;
        }

        return text[0] == (byte)'N';
    }

    /// <summary>Digits in the decimal form of <paramref name="value"/> (1 for 0).</summary>
    public static int CountDigits(ulong value)
    {
        var n = 1;
        while (value >= 10_000)
        {
            value /= 10_000;
            n += 4;
        }

        if (value >= 10)
        {
            n++;
            if (value >= 100)
            {
                n++;
                if (value >= 1000)
                {
                    n++;
                }
            }
        }

        return n;
    }

    /// <summary>Writes <paramref name="value"/> in decimal; no padding.</summary>
    public static bool TryFormatLong(long value, Span<byte> destination, out int written)
    {
        var negative = value < 0;
        var magnitude = negative ? 0 - (ulong)value : (ulong)value;
        var digits = CountDigits(magnitude);
        var length = digits + (negative ? 1 : 0);
        if (length > destination.Length)
        {
            written = 0;
            return false;
        }

        if (negative)
        {
            destination[0] = (byte)'-';
        }

        WriteDigits(magnitude, destination.Slice(length - digits, digits));
        written = length;
        return true;
    }

    /// <summary>"00" to "99": digits are written two at a time.</summary>
    private static ReadOnlySpan<byte> DigitPairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Fills <paramref name="destination"/> with the low digits of <paramref name="value"/>, zero padded.</summary>
    internal static void WriteDigits(ulong value, Span<byte> destination)
    {
        var i = destination.Length;
        while (i >= 2)
        {
            var next = value / 100;
            var pair = (int)(value - (next * 100)) * 2;
            destination[i - 1] = DigitPairs[pair + 1];
            destination[i - 2] = DigitPairs[pair];
            value = next;
            i -= 2;
        }

        if (i == 1)
        {
            destination[0] = (byte)('0' + (value % 10));
        }
    }

    /// <summary>Writes 0–99 as two digits.</summary>
    internal static void WriteTwoDigits(uint value, Span<byte> destination)
    {
        var pair = (int)value * 2;
        destination[1] = DigitPairs[pair + 1];
        destination[0] = DigitPairs[pair];
    }

    /// <summary>Writes the decimal with exactly <see cref="FixDecimal.Scale"/> fraction digits: (-5, 1) → "-0.5".</summary>
    public static bool TryFormatDecimal(FixDecimal value, Span<byte> destination, out int written)
    {
        if (value.Scale == 0)
        {
            return TryFormatLong(value.Mantissa, destination, out written);
        }

        var negative = value.Mantissa < 0;
        var magnitude = negative ? 0 - (ulong)value.Mantissa : (ulong)value.Mantissa;
        var digits = Math.Max(CountDigits(magnitude), value.Scale + 1); // at least "0." before the fraction
        var length = (negative ? 1 : 0) + digits + 1;
        if (length > destination.Length)
        {
            written = 0;
            return false;
        }

        var pos = 0;
        if (negative)
        {
            destination[pos++] = (byte)'-';
        }

        var integerDigits = digits - value.Scale;
        var pow = (ulong)FixDecimal.Pow10[value.Scale];
        var integerPart = magnitude / pow;
        WriteDigits(integerPart, destination.Slice(pos, integerDigits));
        pos += integerDigits;
        destination[pos++] = (byte)'.';
        WriteDigits(magnitude - (integerPart * pow), destination.Slice(pos, value.Scale));
        written = length;
        return true;
    }
}
