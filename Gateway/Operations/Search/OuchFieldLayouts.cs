using Gateway.Venues.Ouch;

namespace Gateway.Operations.Search;

/// <summary>How a field of an OUCH message is shown.</summary>
internal enum OuchFieldKind
{
    /// <summary>A single character (type, side, TIF code...).</summary>
    Char,

    /// <summary>Left-justified, space-padded ASCII.</summary>
    Alpha,

    /// <summary>Big-endian unsigned integer of the field's length.</summary>
    Number,

    /// <summary>Big-endian unsigned integer with 4 implied decimals.</summary>
    Price,

    /// <summary>uint64 nanoseconds since the venue's midnight.</summary>
    Timestamp,
}

/// <param name="Offset">Byte offset from the message's type byte (the tag <see cref="FoundField"/> reports).</param>
internal sealed record OuchField(int Offset, int Length, string Name, OuchFieldKind Kind);

/// <param name="Fields">The fixed part; a 5.0 message's appendage follows its Appendage Length field.</param>
internal sealed record OuchMessageLayout(string Name, OuchField[] Fields);

/// <summary>
/// The OUCH 4.2 and 5.0 messages field by field, as drawn in <see cref="Venues.Ouch.Codec42.Ouch42Layout"/> and
/// <see cref="Venues.Ouch.Codec50.Ouch50Layout"/> (offsets from the type byte). "To venue" are Enter / Replace /
/// Cancel; "from venue" the sequenced messages. Cold: the message search and the metrics' type names.
/// </summary>
internal static class OuchFieldLayouts
{
    private static readonly Dictionary<byte, OuchMessageLayout> To42 = new()
    {
        [(byte)'O'] = M("EnterOrder", F(1, 14, "OrderToken", OuchFieldKind.Alpha), C(15, "BuySellIndicator"), N(16, 4, "Shares"),
            F(20, 8, "Stock", OuchFieldKind.Alpha), P(28, 4, "Price"), N(32, 4, "TimeInForce"), F(36, 4, "Firm", OuchFieldKind.Alpha),
            C(40, "Display"), C(41, "Capacity"), C(42, "IntermarketSweepEligibility"), N(43, 4, "MinimumQuantity"),
            C(47, "CrossType"), C(48, "CustomerType")),
        [(byte)'U'] = M("ReplaceOrder", F(1, 14, "ExistingOrderToken", OuchFieldKind.Alpha), F(15, 14, "ReplacementOrderToken", OuchFieldKind.Alpha),
            N(29, 4, "Shares"), P(33, 4, "Price"), N(37, 4, "TimeInForce"), C(41, "Display"), C(42, "IntermarketSweepEligibility"),
            N(43, 4, "MinimumQuantity")),
        [(byte)'X'] = M("CancelOrder", F(1, 14, "OrderToken", OuchFieldKind.Alpha), N(15, 4, "Shares")),
    };

    private static readonly Dictionary<byte, OuchMessageLayout> From42 = new()
    {
        [(byte)'S'] = M("SystemEvent", T(), C(9, "EventCode")),
        [(byte)'A'] = M("Accepted", T(), Tok42(), C(23, "BuySellIndicator"), N(24, 4, "Shares"), F(28, 8, "Stock", OuchFieldKind.Alpha),
            P(36, 4, "Price"), N(40, 4, "TimeInForce"), F(44, 4, "Firm", OuchFieldKind.Alpha), C(48, "Display"),
            N(49, 8, "OrderReferenceNumber"), C(57, "Capacity"), C(58, "IntermarketSweepEligibility"), N(59, 4, "MinimumQuantity"),
            C(63, "CrossType"), C(64, "OrderState"), C(65, "BboWeightIndicator")),
        [(byte)'U'] = M("Replaced", T(), F(9, 14, "ReplacementOrderToken", OuchFieldKind.Alpha), C(23, "BuySellIndicator"), N(24, 4, "Shares"),
            F(28, 8, "Stock", OuchFieldKind.Alpha), P(36, 4, "Price"), N(40, 4, "TimeInForce"), F(44, 4, "Firm", OuchFieldKind.Alpha),
            C(48, "Display"), N(49, 8, "OrderReferenceNumber"), C(57, "Capacity"), C(58, "IntermarketSweepEligibility"),
            N(59, 4, "MinimumQuantity"), C(63, "CrossType"), C(64, "OrderState"), F(65, 14, "PreviousOrderToken", OuchFieldKind.Alpha),
            C(79, "BboWeightIndicator")),
        [(byte)'C'] = M("Canceled", T(), Tok42(), N(23, 4, "DecrementShares"), C(27, "Reason")),
        [(byte)'E'] = M("Executed", T(), Tok42(), N(23, 4, "ExecutedShares"), P(27, 4, "ExecutionPrice"), C(31, "LiquidityFlag"),
            N(32, 8, "MatchNumber")),
        [(byte)'J'] = M("Rejected", T(), Tok42(), C(23, "Reason")),
        [(byte)'B'] = M("BrokenTrade", T(), Tok42(), N(23, 8, "MatchNumber"), C(31, "Reason")),
        [(byte)'P'] = M("CancelPending", T(), Tok42()),
        [(byte)'I'] = M("CancelReject", T(), Tok42()),
        [(byte)'T'] = M("PriorityUpdate", T(), Tok42(), P(23, 4, "Price"), C(27, "Display"), N(28, 8, "OrderReferenceNumber")),
        [(byte)'M'] = M("OrderModified", T(), Tok42(), C(23, "BuySellIndicator"), N(24, 4, "Shares")),
    };

    private static readonly Dictionary<byte, OuchMessageLayout> To50 = new()
    {
        [(byte)'O'] = M("EnterOrder", N(1, 4, "UserRefNum"), C(5, "Side"), N(6, 4, "Quantity"), F(10, 8, "Symbol", OuchFieldKind.Alpha),
            P(18, 8, "Price"), C(26, "TimeInForce"), C(27, "Display"), C(28, "Capacity"), C(29, "InterMarketSweepEligibility"),
            C(30, "CrossType"), F(31, 14, "ClOrdID", OuchFieldKind.Alpha), N(45, 2, "AppendageLength")),
        [(byte)'U'] = M("ReplaceOrder", N(1, 4, "OrigUserRefNum"), N(5, 4, "UserRefNum"), N(9, 4, "Quantity"), P(13, 8, "Price"),
            C(21, "TimeInForce"), C(22, "Display"), C(23, "InterMarketSweepEligibility"), F(24, 14, "ClOrdID", OuchFieldKind.Alpha),
            N(38, 2, "AppendageLength")),
        [(byte)'X'] = M("CancelOrder", N(1, 4, "UserRefNum"), N(5, 4, "Quantity"), N(9, 2, "AppendageLength")),
        [(byte)'C'] = M("MassCancelRequest", N(1, 4, "UserRefNum"), F(5, 4, "Firm", OuchFieldKind.Alpha),
            F(9, 8, "Symbol", OuchFieldKind.Alpha), N(17, 2, "AppendageLength")),
        [(byte)'D'] = M("DisableOrderEntryRequest", N(1, 4, "UserRefNum"), F(5, 4, "Firm", OuchFieldKind.Alpha), N(9, 2, "AppendageLength")),
        [(byte)'E'] = M("EnableOrderEntryRequest", N(1, 4, "UserRefNum"), F(5, 4, "Firm", OuchFieldKind.Alpha), N(9, 2, "AppendageLength")),
        [(byte)'Q'] = M("AccountQueryRequest", N(1, 2, "AppendageLength")),
    };

    private static readonly Dictionary<byte, OuchMessageLayout> From50 = new()
    {
        [(byte)'S'] = M("SystemEvent", T(), C(9, "EventCode")),
        [(byte)'A'] = M("OrderAccepted", T(), Ref50(), C(13, "Side"), N(14, 4, "Quantity"), F(18, 8, "Symbol", OuchFieldKind.Alpha),
            P(26, 8, "Price"), C(34, "TimeInForce"), C(35, "Display"), N(36, 8, "OrderReferenceNumber"), C(44, "Capacity"),
            C(45, "InterMarketSweepEligibility"), C(46, "CrossType"), C(47, "OrderState"), F(48, 14, "ClOrdID", OuchFieldKind.Alpha),
            N(62, 2, "AppendageLength")),
        [(byte)'U'] = M("OrderReplaced", T(), N(9, 4, "OrigUserRefNum"), N(13, 4, "UserRefNum"), C(17, "Side"), N(18, 4, "Quantity"),
            F(22, 8, "Symbol", OuchFieldKind.Alpha), P(30, 8, "Price"), C(38, "TimeInForce"), C(39, "Display"),
            N(40, 8, "OrderReferenceNumber"), C(48, "Capacity"), C(49, "InterMarketSweepEligibility"), C(50, "CrossType"),
            C(51, "OrderState"), F(52, 14, "ClOrdID", OuchFieldKind.Alpha), N(66, 2, "AppendageLength")),
        [(byte)'C'] = M("OrderCanceled", T(), Ref50(), N(13, 4, "Quantity"), C(17, "Reason"), N(18, 2, "AppendageLength")),
        [(byte)'E'] = M("OrderExecuted", T(), Ref50(), N(13, 4, "Quantity"), P(17, 8, "Price"), C(25, "LiquidityFlag"),
            N(26, 8, "MatchNumber"), N(34, 2, "AppendageLength")),
        [(byte)'J'] = M("OrderRejected", T(), Ref50(), N(13, 2, "Reason"), F(15, 14, "ClOrdID", OuchFieldKind.Alpha),
            N(29, 2, "AppendageLength")),
        [(byte)'I'] = M("CancelReject", T(), Ref50(), N(13, 2, "AppendageLength")),
        [(byte)'P'] = M("CancelPending", T(), Ref50(), N(13, 2, "AppendageLength")),
        [(byte)'B'] = M("BrokenTrade", T(), Ref50(), N(13, 8, "MatchNumber"), C(21, "Reason"), F(22, 14, "ClOrdID", OuchFieldKind.Alpha),
            N(36, 2, "AppendageLength")),
        [(byte)'T'] = M("PriorityUpdate", T(), Ref50(), P(13, 8, "Price"), C(21, "Display"), N(22, 8, "OrderReferenceNumber"),
            N(30, 2, "AppendageLength")),
        [(byte)'M'] = M("OrderModified", T(), Ref50(), C(13, "Side"), N(14, 4, "Quantity"), N(18, 2, "AppendageLength")),
        [(byte)'X'] = M("MassCancelResponse", T(), Ref50(), F(13, 4, "Firm", OuchFieldKind.Alpha), F(17, 8, "Symbol", OuchFieldKind.Alpha),
            N(25, 2, "AppendageLength")),
        [(byte)'G'] = M("DisableOrderEntryResponse", T(), Ref50(), F(13, 4, "Firm", OuchFieldKind.Alpha), N(17, 2, "AppendageLength")),
        [(byte)'K'] = M("EnableOrderEntryResponse", T(), Ref50(), F(13, 4, "Firm", OuchFieldKind.Alpha), N(17, 2, "AppendageLength")),
        [(byte)'Q'] = M("AccountQueryResponse", T(), N(9, 4, "NextUserRefNum"), N(13, 2, "AppendageLength")),
    };

    /// <summary>The layout of a message type; null for a type the dialect does not define in that direction.</summary>
    public static OuchMessageLayout? Find(OuchDialect dialect, bool toVenue, byte type)
    {
        var table = dialect == OuchDialect.Ouch42 ? (toVenue ? To42 : From42) : (toVenue ? To50 : From50);
        return table.TryGetValue(type, out var layout) ? layout : null;
    }

    /// <summary>The message's name, or <c>Unknown</c>.</summary>
    public static string NameOf(OuchDialect dialect, bool toVenue, byte type) => Find(dialect, toVenue, type)?.Name ?? "Unknown";

    private static OuchMessageLayout M(string name, params OuchField[] fields) =>
        new(name, [new OuchField(0, 1, "MessageType", OuchFieldKind.Char), .. fields]);

    private static OuchField F(int offset, int length, string name, OuchFieldKind kind) => new(offset, length, name, kind);

    private static OuchField C(int offset, string name) => new(offset, 1, name, OuchFieldKind.Char);

    private static OuchField N(int offset, int length, string name) => new(offset, length, name, OuchFieldKind.Number);

    private static OuchField P(int offset, int length, string name) => new(offset, length, name, OuchFieldKind.Price);

    private static OuchField T() => new(1, 8, "Timestamp", OuchFieldKind.Timestamp);

    private static OuchField Tok42() => new(9, 14, "OrderToken", OuchFieldKind.Alpha);

    private static OuchField Ref50() => new(9, 4, "UserRefNum", OuchFieldKind.Number);
}
