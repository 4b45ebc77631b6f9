namespace Gateway.Sessions.Fix.Codec;

/// <summary>Names of <see cref="FixFieldType"/> as dictionaries write them (cold: used while loading a dictionary).</summary>
public static class FixFieldTypes
{
    /// <summary>The type for a dictionary name, case-insensitive; <see cref="FixFieldType.Unknown"/> if unknown.</summary>
    public static FixFieldType FromName(string name) =>
        name.Trim().ToUpperInvariant() switch
        {
            "STRING" => FixFieldType.String,
            "CHAR" => FixFieldType.Char,
            "BOOLEAN" => FixFieldType.Boolean,
            "INT" => FixFieldType.Int,
            "LONG" => FixFieldType.Long,
            "LENGTH" => FixFieldType.Length,
            "SEQNUM" => FixFieldType.SeqNum,
            "NUMINGROUP" => FixFieldType.NumInGroup,
            "TAGNUM" => FixFieldType.TagNum,
            "DAYOFMONTH" or "DAY-OF-MONTH" => FixFieldType.DayOfMonth,
            "FLOAT" => FixFieldType.Float,
            "QTY" or "QUANTITY" => FixFieldType.Qty,
            "PRICE" => FixFieldType.Price,
            "PRICEOFFSET" => FixFieldType.PriceOffset,
            "AMT" => FixFieldType.Amt,
            "PERCENTAGE" => FixFieldType.Percentage,
            "CURRENCY" => FixFieldType.Currency,
            "EXCHANGE" => FixFieldType.Exchange,
            "COUNTRY" => FixFieldType.Country,
            "LANGUAGE" => FixFieldType.Language,
            "MULTIPLEVALUESTRING" => FixFieldType.MultipleValueString,
            "MULTIPLESTRINGVALUE" => FixFieldType.MultipleStringValue,
            "MULTIPLECHARVALUE" => FixFieldType.MultipleCharValue,
            "XMLDATA" => FixFieldType.XmlData,
            "DATA" => FixFieldType.Data,
            "XIDREF" => FixFieldType.XidRef,
            "XID" => FixFieldType.Xid,
            "UTCTIMESTAMP" => FixFieldType.UtcTimestamp,
            "UTCTIMEONLY" => FixFieldType.UtcTimeOnly,
            "UTCDATEONLY" => FixFieldType.UtcDateOnly,
            "UTCDATE" => FixFieldType.UtcDate,
            "LOCALMKTDATE" => FixFieldType.LocalMktDate,
            "LOCALMKTTIME" => FixFieldType.LocalMktTime,
            "MONTHYEAR" or "MONTH-YEAR" => FixFieldType.MonthYear,
            "TZTIMEONLY" => FixFieldType.TzTimeOnly,
            "TZTIMESTAMP" => FixFieldType.TzTimestamp,
            "TIME" => FixFieldType.Time,
            "DATE" => FixFieldType.Date,
            "RESERVED100PLUS" => FixFieldType.Reserved100Plus,
            "RESERVED1000PLUS" => FixFieldType.Reserved1000Plus,
            "RESERVED4000PLUS" => FixFieldType.Reserved4000Plus,
            _ => FixFieldType.Unknown,
        };

    /// <summary>True for the types whose value is raw bytes taken by a preceding length field.</summary>
    public static bool IsData(FixFieldType type) => type is FixFieldType.Data or FixFieldType.XmlData;

    /// <summary>True for the integer types (Int, Length, SeqNum, NumInGroup, TagNum, DayOfMonth, Long).</summary>
    public static bool IsInteger(FixFieldType type) =>
        type is FixFieldType.Int or FixFieldType.Long or FixFieldType.Length or FixFieldType.SeqNum or FixFieldType.NumInGroup
            or FixFieldType.TagNum or FixFieldType.DayOfMonth;

    /// <summary>True for Float and its aliases (Qty, Price, PriceOffset, Amt, Percentage).</summary>
    public static bool IsDecimal(FixFieldType type) =>
        type is FixFieldType.Float or FixFieldType.Qty or FixFieldType.Price or FixFieldType.PriceOffset or FixFieldType.Amt
            or FixFieldType.Percentage;
}
