namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>The FIX data type of a field, as the dictionary's <c>type</c> attribute names it.</summary>
public enum FixFieldType : byte
{
    /// <summary>A type name this engine does not know (a venue's own); its values are not format-checked.</summary>
    Unknown = 0,
    String,
    Char,
    Int,
    Length,
    NumInGroup,
    SeqNum,
    TagNum,
    DayOfMonth,
    Float,
    Qty,
    Price,
    PriceOffset,
    Amt,
    Percentage,
    Boolean,
    Currency,
    Exchange,
    Country,
    Language,
    MultipleValueString,
    MultipleStringValue,
    MultipleCharValue,
    UtcTimestamp,
    UtcTimeOnly,
    UtcDateOnly,
    LocalMktDate,
    MonthYear,
    TzTimeOnly,
    TzTimestamp,
    Data,
    XmlData,
    Time,
    Date,
}

/// <summary>
/// How a value of a given type is format-checked. This follows QuickFIX/n's mapping from FIX type to field class:
/// only int, decimal, char, boolean and the UTC date/time types are checked; everything else is a string.
/// </summary>
internal enum ValueFormat : byte
{
    Any = 0,
    Char,
    Int,
    SeqNum,
    Decimal,
    Boolean,
    UtcTimestamp,
    UtcDateOnly,
    UtcTimeOnly,
}

internal static class FixFieldTypes
{
    public static FixFieldType Parse(string name) => name.ToUpperInvariant() switch
    {
        "STRING" => FixFieldType.String,
        "CHAR" => FixFieldType.Char,
        "INT" => FixFieldType.Int,
        "LENGTH" => FixFieldType.Length,
        "NUMINGROUP" => FixFieldType.NumInGroup,
        "SEQNUM" => FixFieldType.SeqNum,
        "TAGNUM" => FixFieldType.TagNum,
        "DAYOFMONTH" => FixFieldType.DayOfMonth,
        "FLOAT" => FixFieldType.Float,
        "QTY" => FixFieldType.Qty,
        "PRICE" => FixFieldType.Price,
        "PRICEOFFSET" => FixFieldType.PriceOffset,
        "AMT" => FixFieldType.Amt,
        "PERCENTAGE" => FixFieldType.Percentage,
        "BOOLEAN" => FixFieldType.Boolean,
        "CURRENCY" => FixFieldType.Currency,
        "EXCHANGE" => FixFieldType.Exchange,
        "COUNTRY" => FixFieldType.Country,
        "LANGUAGE" => FixFieldType.Language,
        "MULTIPLEVALUESTRING" => FixFieldType.MultipleValueString,
        "MULTIPLESTRINGVALUE" => FixFieldType.MultipleStringValue,
        "MULTIPLECHARVALUE" => FixFieldType.MultipleCharValue,
        "UTCTIMESTAMP" => FixFieldType.UtcTimestamp,
        "UTCTIMEONLY" => FixFieldType.UtcTimeOnly,
        "UTCDATEONLY" => FixFieldType.UtcDateOnly,
        "UTCDATE" => FixFieldType.UtcDateOnly,
        "LOCALMKTDATE" => FixFieldType.LocalMktDate,
        "MONTHYEAR" => FixFieldType.MonthYear,
        "TZTIMEONLY" => FixFieldType.TzTimeOnly,
        "TZTIMESTAMP" => FixFieldType.TzTimestamp,
        "DATA" => FixFieldType.Data,
        "XMLDATA" => FixFieldType.XmlData,
        "TIME" => FixFieldType.Time,
        "DATE" => FixFieldType.Date,
        _ => FixFieldType.Unknown,
    };

    public static ValueFormat FormatOf(FixFieldType type) => type switch
    {
        FixFieldType.Char => ValueFormat.Char,
        FixFieldType.Int or FixFieldType.Length or FixFieldType.NumInGroup => ValueFormat.Int,
        FixFieldType.SeqNum => ValueFormat.SeqNum,
        FixFieldType.Float or FixFieldType.Qty or FixFieldType.Price or FixFieldType.PriceOffset
            or FixFieldType.Amt or FixFieldType.Percentage => ValueFormat.Decimal,
        FixFieldType.Boolean => ValueFormat.Boolean,
        FixFieldType.UtcTimestamp or FixFieldType.Time => ValueFormat.UtcTimestamp,
        FixFieldType.UtcDateOnly => ValueFormat.UtcDateOnly,
        FixFieldType.UtcTimeOnly => ValueFormat.UtcTimeOnly,
        _ => ValueFormat.Any,
    };

    /// <summary>Space-separated lists whose every element must be one of the field's enum values.</summary>
    public static bool IsMultipleValue(FixFieldType type) =>
        type is FixFieldType.MultipleValueString or FixFieldType.MultipleStringValue or FixFieldType.MultipleCharValue;
}
