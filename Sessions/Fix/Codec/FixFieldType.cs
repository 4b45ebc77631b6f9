namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// The field types a QuickFIX data dictionary names in <c>&lt;field type="..."&gt;</c> (FIX 4.0 to 5.0 SP2).
/// <see cref="FixFieldTypes.FromName"/> maps the names; <see cref="FixValue.IsValid"/> checks a value's syntax.
/// </summary>
public enum FixFieldType : byte
{
    /// <summary>A name we do not know: treated like <see cref="String"/>.</summary>
    Unknown = 0,

    String,
    Char,
    Boolean,

    Int,
    Long,
    Length,
    SeqNum,
    NumInGroup,
    TagNum,
    DayOfMonth,

    Float,
    Qty,
    Price,
    PriceOffset,
    Amt,
    Percentage,

    Currency,
    Exchange,
    Country,
    Language,
    MultipleValueString,
    MultipleStringValue,
    MultipleCharValue,
    XmlData,
    Data,
    XidRef,
    Xid,

    UtcTimestamp,
    UtcTimeOnly,
    UtcDateOnly,

    /// <summary>FIX 4.1–4.2 UTCDATE: a date, yyyyMMdd.</summary>
    UtcDate,
    LocalMktDate,
    LocalMktTime,
    MonthYear,
    TzTimeOnly,
    TzTimestamp,

    /// <summary>FIX 4.0 TIME: a UTCTimestamp.</summary>
    Time,

    /// <summary>FIX 4.0 DATE: free text in QuickFIX.</summary>
    Date,

    Reserved100Plus,
    Reserved1000Plus,
    Reserved4000Plus,
}
