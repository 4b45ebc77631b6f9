using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>The gateway's order enums as FIX codes; '\0' for a value FIX cannot carry (the request is Invalid).</summary>
internal static class FixRequestCodes
{
    /// <summary>Side (54): 1 buy, 2 sell, 5 sell short.</summary>
    public static char SideOf(Side side) => side switch
    {
        Side.Buy => '1',
        Side.Sell => '2',
        Side.SellShort => '5',
        _ => '\0',
    };

    /// <summary>OrdType (40): 1 market, 2 limit.</summary>
    public static char OrdTypeOf(OrderType type) => type switch
    {
        OrderType.Market => '1',
        OrderType.Limit => '2',
        _ => '\0',
    };

    /// <summary>TimeInForce (59): 0 day, 1 good till cancel, 3 immediate or cancel, 4 fill or kill.</summary>
    public static char TimeInForceOf(TimeInForce tif) => tif switch
    {
        TimeInForce.Day => '0',
        TimeInForce.GoodTillCancel => '1',
        TimeInForce.ImmediateOrCancel => '3',
        TimeInForce.FillOrKill => '4',
        _ => '\0',
    };

    /// <summary>MsgType (35) of each request kind.</summary>
    public static ReadOnlySpan<byte> MsgTypeOf(VenueRequestKind kind) => kind switch
    {
        VenueRequestKind.NewOrder => "D"u8,
        VenueRequestKind.Cancel => "F"u8,
        VenueRequestKind.Replace => "G"u8,
        _ => default,
    };
}
