namespace Gateway.Sessions.Fix.Codec;

/// <summary>"Is this a valid value of type X" checks for the validator (empty values are the validator's business).</summary>
public static partial class FixValue
{
    /// <summary>
    /// The format check QuickFIX/n applies (its <c>IncorrectDataFormat</c>, 373=6), so that rejects match the
    /// acceptance scripts: integers must fit 32 bits (Long: 64), floats must be <see cref="IsFloat"/>,
    /// CHAR one byte, BOOLEAN Y/N, UTCTIMESTAMP/TIME a timestamp, UTCDATEONLY/UTCDATE a date, UTCTIMEONLY a time.
    /// Every other type is free text here, as in QuickFIX/n. Deliberate difference: QuickFIX/n parses UTCDATE as a
    /// whole timestamp and so rejects every real date; we check it as yyyyMMdd.
    /// </summary>
    public static bool IsValid(FixFieldType type, ReadOnlySpan<byte> value) =>
        type switch
        {
            FixFieldType.Int or FixFieldType.Length or FixFieldType.SeqNum or FixFieldType.NumInGroup or FixFieldType.TagNum =>
                TryParseInt(value, out _),
            FixFieldType.Long => TryParseLong(value, out _),
            FixFieldType.Float or FixFieldType.Qty or FixFieldType.Price or FixFieldType.PriceOffset or FixFieldType.Amt
                or FixFieldType.Percentage => IsFloat(value),
            FixFieldType.Char => value.Length == 1,
            FixFieldType.Boolean => TryParseBool(value, out _),
            FixFieldType.UtcTimestamp or FixFieldType.Time => IsUtcTimestamp(value),
            FixFieldType.UtcDateOnly or FixFieldType.UtcDate => IsUtcDateOnly(value),
            FixFieldType.UtcTimeOnly => IsUtcTimeOnly(value),
            _ => true,
        };

    /// <summary>
    /// <see cref="IsValid"/> plus the FIX specification's formats for the types QuickFIX/n leaves as text:
    /// DAYOFMONTH 1–31, MONTHYEAR, LOCALMKTDATE yyyyMMdd, LOCALMKTTIME HH:mm:ss, CURRENCY 3 and COUNTRY/LANGUAGE 2
    /// letters or digits, MULTIPLECHARVALUE single characters and MULTIPLEVALUESTRING tokens each separated by one
    /// space, TZTIMEONLY/TZTIMESTAMP with an optional zone. For venues that want the spec, not QuickFIX, behaviour.
    /// </summary>
    public static bool IsValidStrict(FixFieldType type, ReadOnlySpan<byte> value) =>
        type switch
        {
            FixFieldType.DayOfMonth => TryParseInt(value, out var day) && day is >= 1 and <= 31 && value[0] != (byte)'-',
            FixFieldType.MonthYear => IsMonthYear(value),
            FixFieldType.LocalMktDate => IsUtcDateOnly(value),
            FixFieldType.LocalMktTime => IsUtcTimeOnly(value),
            FixFieldType.Currency => IsAlphanumeric(value, 3),
            FixFieldType.Country or FixFieldType.Language => IsAlphanumeric(value, 2),
            FixFieldType.MultipleCharValue => IsSpaceSeparated(value, maxTokenLength: 1),
            FixFieldType.MultipleValueString or FixFieldType.MultipleStringValue => IsSpaceSeparated(value, maxTokenLength: int.MaxValue),
            FixFieldType.TzTimeOnly => IsTzTimeOnly(value),
            FixFieldType.TzTimestamp => IsTzTimestamp(value),
            _ => IsValid(type, value),
        };

    /// <summary>FIX float syntax: <c>-?[0-9]*(\.[0-9]*)?</c> with at least one digit, any number of digits.</summary>
    public static bool IsFloat(ReadOnlySpan<byte> value)
    {
        var i = value.Length > 0 && value[0] == (byte)'-' ? 1 : 0;
        var digits = 0;
        var seenPoint = false;
        for (; i < value.Length; i++)
        {
            var b = value[i];
            if ((uint)(b - '0') <= 9)
            {
                digits++;
            }
            else if (b == (byte)'.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    private static bool IsAlphanumeric(ReadOnlySpan<byte> value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }

        foreach (var b in value)
        {
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Non-empty tokens of at most <paramref name="maxTokenLength"/> bytes, separated by single spaces.</summary>
    private static bool IsSpaceSeparated(ReadOnlySpan<byte> value, int maxTokenLength)
    {
        var tokenLength = 0;
        foreach (var b in value)
        {
            if (b == (byte)' ')
            {
                if (tokenLength == 0)
                {
                    return false;
                }

                tokenLength = 0;
            }
            else if (++tokenLength > maxTokenLength)
            {
                return false;
            }
        }

        return tokenLength > 0;
    }
}
