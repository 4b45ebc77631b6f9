using Gateway.Api.Protocol;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>
/// What must hold after the crash and restart, order by order, between what the strategy was told and what the venue
/// received and answered: nothing lost, nothing sent twice, every state true. Returns the violations, each naming the
/// order, what the gateway says and what the venue saw.
/// </summary>
internal static class CrashInvariants
{
    public static List<string> Check(IReadOnlyDictionary<long, ClientOrderView> orders, VenueLog venue, int duplicateExecIds)
    {
        var violations = new List<string>();
        if (duplicateExecIds > 0)
        {
            violations.Add($"{duplicateExecIds} fills reached the strategy twice (same ExecId for the same order)");
        }

        foreach (var o in orders.Values.Where(o => o.Sent).OrderBy(o => o.ClientOrderId))
        {
            var n = CrashOrderFlow.IndexOf(o.ClientOrderId);
            var atVenue = venue.ByQuantity.GetValueOrDefault(CrashOrderFlow.QuantityOf(n)) ?? [];
            CheckOrder(o, atVenue, violations);
        }

        foreach (var (quantity, atVenue) in venue.ByQuantity)
        {
            var id = CrashOrderFlow.ClientOrderIdOf((int)quantity - 1);
            if (!orders.TryGetValue(id, out var o) || !o.Sent)
            {
                violations.Add($"the venue received {string.Join("; ", atVenue)} that the strategy never sent");
            }
        }

        return violations;
    }

    private static void CheckOrder(ClientOrderView o, List<VenueOrder> atVenue, List<string> violations)
    {
        void Fail(string what) =>
            violations.Add($"{what}{Environment.NewLine}    gateway/strategy: {o}{Environment.NewLine}    venue: " +
                (atVenue.Count == 0 ? "never received it" : string.Join("; ", atVenue)));

        if (atVenue.Count > 1)
        {
            Fail($"reached the venue as {atVenue.Count} different orders (sent twice under new ClOrdIDs)");
        }

        var v = atVenue.Count > 0 ? atVenue[0] : null;
        if (v is not null && v.NewOrders > 1)
        {
            Fail($"ClOrdID {v.ClOrdId} reached the venue {v.NewOrders} times as a new order (not PossDup resends)");
        }

        if (o.AcceptedBeforeCrash && !o.InRestartSnapshot)
        {
            Fail("acknowledged before the crash but missing from the OrderStatus messages after the restart");
        }

        if (!o.KnownToGateway)
        {
            if (!o.SentBeforeCrash)
            {
                Fail("sent after the restart but never answered by the gateway");
            }
            else if (v is not null)
            {
                Fail("the gateway never acknowledged nor reports this order, yet the venue has it");
            }

            return;
        }

        var believed = o.Believed;
        switch (believed)
        {
            case OrderStatus.Rejected:
                if (v is not null && v.OrdStatus != '8')
                {
                    Fail("the gateway says rejected, but the venue has the order");
                }

                return;
            case OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Expired:
                if (v is null)
                {
                    Fail($"the gateway says {believed}, but the venue never received the order");
                    return;
                }

                var expected = believed switch
                {
                    OrderStatus.Filled => '2',
                    OrderStatus.Canceled => '4',
                    _ => 'C',
                };
                if (v.OrdStatus != expected)
                {
                    Fail($"the gateway says {believed}, the venue's last report says OrdStatus {v.OrdStatus}");
                }

                if (v.CumQuantity != o.CumQuantity)
                {
                    Fail($"the gateway reports {o.CumQuantity} filled, the venue filled {v.CumQuantity}");
                }

                if (v.TradedQuantity != v.CumQuantity)
                {
                    Fail($"the venue's trades add up to {v.TradedQuantity}, its CumQty says {v.CumQuantity}");
                }

                if (o.Fills.Sum(f => f.Quantity) > o.CumQuantity)
                {
                    Fail("the strategy was told of more fills than the order's filled quantity");
                }

                return;
            default:
                Fail($"never reached a final state (the strategy believes {believed?.ToString() ?? "nothing"})");
                return;
        }
    }
}
