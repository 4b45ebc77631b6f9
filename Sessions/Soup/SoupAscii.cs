namespace Gateway.Sessions.Soup;

/// <summary>
/// The two ASCII field shapes of SoupBinTCP: alpha (left-justified, space-padded on the right) and numeric
/// (right-justified, space-padded on the left). Used by OUCH's alpha fields too.
/// </summary>
public static class SoupAscii
{
    /// <summary>Writes <paramref name="value"/> left-justified and pads with spaces; longer values are cut.</summary>
    public static void WriteAlpha(Span<byte> field, ReadOnlySpan<byte> value)
    {
        var n = Math.Min(value.Length, field.Length);
        value[..n].CopyTo(field);
        field[n..].Fill((byte)' ');
    }

    /// <summary>The value without its right padding.</summary>
    public static ReadOnlySpan<byte> TrimAlpha(ReadOnlySpan<byte> field) => field.TrimEnd((byte)' ');

    /// <summary>Writes a non-negative number right-justified, padded on the left with spaces. False if it does not fit.</summary>
    public static bool WriteNumeric(Span<byte> field, long value)
    {
        if (value < 0)
        {
            return false;
        }

        var i = field.Length;
        do
        {
            if (i == 0)
            {
                return false;
            }

            field[--i] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value != 0);

        field[..i].Fill((byte)' ');
        return true;
    }

    /// <summary>Writes a non-negative number right-justified, padded on the left with zeros. False if it does not fit.</summary>
    public static bool WriteZeroPadded(Span<byte> field, long value)
    {
        if (!WriteNumeric(field, value))
        {
            return false;
        }

        for (var i = 0; i < field.Length && field[i] == (byte)' '; i++)
        {
            field[i] = (byte)'0';
        }

        return true;
    }

    /// <summary>
    /// Parses a numeric field: digits with spaces on either side (blank = 0). False on any other byte or overflow.
    /// </summary>
    public static bool TryParseNumeric(ReadOnlySpan<byte> field, out long value)
    {
        value = 0;
        var digits = field.Trim((byte)' ');
        if (digits.Length > 18)
        {
            return false;
        }

        foreach (var b in digits)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
