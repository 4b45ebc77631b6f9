using Gateway.Venues.Ouch.Codec42;

namespace Gateway.System.Tests.OuchInterop;

/// <summary>
/// What tshark's ouch dissector should find in a message we sent: its field names and, read from our bytes at the
/// spec's offsets (our flyweights, golden-tested), the values. Numbers are <see cref="ulong"/>, alpha and character
/// fields strings without their padding. The timestamp is left out: tshark shows it as a time of day.
/// </summary>
internal static class Ouch42Expected
{
    public static IReadOnlyList<(string Field, object Value)> Inbound(byte[] m)
    {
        var type = ((char)m[0]).ToString();
        switch (m[0])
        {
            case Ouch42Layout.EnterOrderType:
                var enter = new Ouch42EnterOrder(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.order_token", A(enter.Token)), ("ouch.buy_sell_indicator", C(enter.Side)),
                    ("ouch.shares", (ulong)enter.Shares), ("ouch.stock", A(enter.Stock)), ("ouch.price", (ulong)enter.Price),
                    ("ouch.tif", (ulong)enter.TimeInForce), ("ouch.firm", A(enter.Firm)), ("ouch.display", C(enter.Display)),
                    ("ouch.capacity", C(enter.Capacity)), ("ouch.iso_eligible", C(enter.IntermarketSweep)),
                    ("ouch.min_quantity", (ulong)enter.MinimumQuantity), ("ouch.cross_type", C(enter.CrossType)),
                    ("ouch.customer_type", C(enter.CustomerType)),
                ];
            case Ouch42Layout.ReplaceOrderType:
                var replace = new Ouch42ReplaceOrder(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.existing_order_token", A(replace.ExistingToken)),
                    ("ouch.replacement_order_token", A(replace.ReplacementToken)), ("ouch.shares", (ulong)replace.Shares),
                    ("ouch.price", (ulong)replace.Price), ("ouch.tif", (ulong)replace.TimeInForce), ("ouch.display", C(replace.Display)),
                    ("ouch.iso_eligible", C(replace.IntermarketSweep)), ("ouch.min_quantity", (ulong)replace.MinimumQuantity),
                ];
            case Ouch42Layout.CancelOrderType:
                var cancel = new Ouch42CancelOrder(m);
                return [("ouch.packet_type", type), ("ouch.order_token", A(cancel.Token)), ("ouch.shares", (ulong)cancel.Shares)];
            default:
                throw new ArgumentException($"not an OUCH 4.2 inbound message: '{type}'");
        }
    }

    public static IReadOnlyList<(string Field, object Value)> Outbound(byte[] m)
    {
        var type = ((char)m[0]).ToString();
        switch (m[0])
        {
            case Ouch42Layout.SystemEventType:
                return [("ouch.packet_type", type), ("ouch.event_code", C(new Ouch42SystemEvent(m).Event))];
            case Ouch42Layout.AcceptedType:
                return [("ouch.packet_type", type), .. Order(new Ouch42Accepted(m)), ("ouch.bbo_weight_indicator", C(m[65]))];
            case Ouch42Layout.ReplacedType:
                var replaced = new Ouch42Replaced(m);
                return
                [
                    ("ouch.packet_type", type), .. Order(replaced.Order, "ouch.replacement_order_token"), ("ouch.previous_order_token", A(replaced.PreviousToken)),
                    ("ouch.bbo_weight_indicator", C(replaced.BboWeightIndicator)),
                ];
            case Ouch42Layout.CanceledType:
                var canceled = new Ouch42Canceled(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.order_token", A(canceled.Token)),
                    ("ouch.decrement_shares", (ulong)canceled.DecrementShares), ("ouch.cancel_reason", C(canceled.Reason)),
                ];
            case Ouch42Layout.ExecutedType:
                var executed = new Ouch42Executed(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.order_token", A(executed.Token)),
                    ("ouch.executed_shares", (ulong)executed.ExecutedShares), ("ouch.execution_price", (ulong)executed.ExecutionPrice),
                    ("ouch.liquidity_flag", C(executed.LiquidityFlag)), ("ouch.match_number", executed.MatchNumber),
                ];
            case Ouch42Layout.RejectedType:
                var rejected = new Ouch42Rejected(m);
                return [("ouch.packet_type", type), ("ouch.order_token", A(rejected.Token)), ("ouch.reject_reason", C(rejected.Reason))];
            case Ouch42Layout.BrokenTradeType:
                var broken = new Ouch42BrokenTrade(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.order_token", A(broken.Token)), ("ouch.match_number", broken.MatchNumber),
                    ("ouch.broken_trade_reason", C(broken.Reason)),
                ];
            case Ouch42Layout.CancelPendingType or Ouch42Layout.CancelRejectType:
                return [("ouch.packet_type", type), ("ouch.order_token", A(new Ouch42TokenEvent(m).Token))];
            case Ouch42Layout.PriorityUpdateType:
                var priority = new Ouch42PriorityUpdate(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.order_token", A(priority.Token)), ("ouch.price", (ulong)priority.Price),
                    ("ouch.display", C(priority.Display)), ("ouch.order_reference_number", priority.OrderReferenceNumber),
                ];
            case Ouch42Layout.OrderModifiedType:
                var modified = new Ouch42OrderModified(m);
                return
                [
                    ("ouch.packet_type", type), ("ouch.order_token", A(modified.Token)),
                    ("ouch.buy_sell_indicator", C(modified.Side)), ("ouch.shares", (ulong)modified.Shares),
                ];
            default:
                throw new ArgumentException($"not an OUCH 4.2 outbound message: '{type}'");
        }
    }

    /// <summary>The fields Accepted and Replaced share (tshark names Replaced's token the replacement token).</summary>
    private static (string, object)[] Order(Ouch42Accepted o, string token = "ouch.order_token") =>
    [
        (token, A(o.Token)), ("ouch.buy_sell_indicator", C(o.Side)), ("ouch.shares", (ulong)o.Shares),
        ("ouch.stock", A(o.Stock)), ("ouch.price", (ulong)o.Price), ("ouch.tif", (ulong)o.TimeInForce), ("ouch.firm", A(o.Firm)),
        ("ouch.display", C(o.Display)), ("ouch.order_reference_number", o.OrderReferenceNumber), ("ouch.capacity", C(o.Capacity)),
        ("ouch.iso_eligible", C(o.IntermarketSweep)), ("ouch.min_quantity", (ulong)o.MinimumQuantity),
        ("ouch.cross_type", C(o.CrossType)), ("ouch.order_state", C(o.OrderState)),
    ];

    private static string A(ReadOnlySpan<byte> alpha) => global::System.Text.Encoding.ASCII.GetString(alpha).TrimEnd();

    private static string C(byte c) => ((char)c).ToString().TrimEnd();
}
