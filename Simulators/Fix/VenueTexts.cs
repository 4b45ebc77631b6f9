using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>The Text (58) of rejects and cancels, as bytes made once.</summary>
internal static class VenueTexts
{
    public static readonly byte[] UnknownSymbol = "Unknown symbol"u8.ToArray();
    public static readonly byte[] BadQuantity = "OrderQty must be a positive whole number"u8.ToArray();
    public static readonly byte[] BadPrice = "Price missing or not positive on a limit order"u8.ToArray();
    public static readonly byte[] BadSide = "Unsupported Side"u8.ToArray();
    public static readonly byte[] BadOrdType = "Unsupported OrdType (1 market and 2 limit are)"u8.ToArray();
    public static readonly byte[] BadTimeInForce = "Unsupported TimeInForce"u8.ToArray();
    public static readonly byte[] LongClOrdId = "ClOrdID longer than 64 characters"u8.ToArray();
    public static readonly byte[] DuplicateClOrdId = "Duplicate ClOrdID"u8.ToArray();
    public static readonly byte[] Simulated = "Simulated reject"u8.ToArray();
    public static readonly byte[] IocRemainder = "IOC remainder canceled"u8.ToArray();
    public static readonly byte[] FokUnfilled = "FOK order could not be filled in full"u8.ToArray();
    public static readonly byte[] NoLiquidity = "No liquidity for the market order"u8.ToArray();
    public static readonly byte[] UnknownOrder = "Unknown order"u8.ToArray();
    public static readonly byte[] TooLate = "Too late: the order is no longer live"u8.ToArray();
    public static readonly byte[] NotAboveFilled = "New OrderQty not above the filled quantity"u8.ToArray();

    public static byte[] Of(MatchRejectReason reason) => reason switch
    {
        MatchRejectReason.UnknownSymbol => UnknownSymbol,
        MatchRejectReason.InvalidQuantity => BadQuantity,
        MatchRejectReason.InvalidPrice => BadPrice,
        _ => BadSide,
    };

    public static byte[]? Of(MatchCancelReason reason) => reason switch
    {
        MatchCancelReason.ImmediateOrCancelRemainder => IocRemainder,
        MatchCancelReason.FillOrKillUnfilled => FokUnfilled,
        MatchCancelReason.NoLiquidity => NoLiquidity,
        _ => null,
    };

    public static byte[] Of(MatchCancelRejectReason reason) => reason switch
    {
        MatchCancelRejectReason.UnknownOrder => UnknownOrder,
        MatchCancelRejectReason.TooLate => TooLate,
        MatchCancelRejectReason.QuantityNotAboveFilled => NotAboveFilled,
        _ => BadPrice,
    };
}
