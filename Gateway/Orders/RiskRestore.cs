using Gateway.RiskChecks;
using Gateway.RiskChecks.Orders;

namespace Gateway.Orders;

/// <summary>What <see cref="RiskRestore.FromBook"/> put back, and how many calls the engine refused.</summary>
public readonly record struct RiskRestoreCounts(int OpenOrders, int PendingReplaces, int FillChains, int UsedIds, int Refused);

/// <summary>
/// Start-up, cold: the risk engine's state rebuilt from a recovered order book (after <see cref="OrderBook.Apply"/>
/// and the start-of-day positions, before any order). Fills per order chain (the record a chain ends in carries
/// its CumQuantity and FilledNotional), open orders with what is left, replaces in flight, used client order ids.
/// </summary>
public static class RiskRestore
{
    public static RiskRestoreCounts FromBook(OrderBook book, RiskEngine risk, long nowNanos)
    {
        int open = 0, pending = 0, fills = 0, ids = 0, refused = 0;
        for (var i = 0; i < book.Count; i++)
        {
            ref readonly var order = ref book[i];
            if (order.CumQuantity > 0 && order.State != OrderState.Replaced && !order.IsPendingReplacement)
            {
                fills++;
                refused += Refused(risk.RestoreFills(order.StrategyId, order.AccountId, order.InstrumentId, (Side)order.Side,
                    order.CumQuantity, order.FilledNotional, lastPrice: 0, nowNanos));
            }

            if (order.IsOpen)
            {
                open++;
                refused += Refused(risk.RestoreOpenOrder(ToRisk(in order), order.CumQuantity, nowNanos));
                if (order.State == OrderState.PendingReplace && order.ReplacedByIndex >= 0
                    && book[order.ReplacedByIndex].IsPendingReplacement)
                {
                    pending++;
                    refused += Refused(risk.RestorePendingReplace(ToRisk(in book[order.ReplacedByIndex]), order.ClientOrderId, nowNanos));
                }
            }
            else if (!order.IsPendingReplacement || book[order.ReplacesIndex].State != OrderState.PendingReplace)
            {
                // Final orders, and a replacement whose original ended while the venue had not answered.
                ids++;
                refused += Refused(risk.RestoreClientOrderId(order.StrategyId, order.ClientOrderId, nowNanos));
            }
        }

        return new RiskRestoreCounts(open, pending, fills, ids, refused);
    }

    /// <summary>The order as the risk engine sees it (enums map by value: see SharedEnumTests).</summary>
    public static RiskOrder ToRisk(in OrderRecord order) => new(
        order.StrategyId, order.AccountId, order.InstrumentId, order.VenueId, (Side)order.Side, (OrderType)order.OrderType,
        (TimeInForce)order.TimeInForce, order.Quantity, order.Price, order.ClientOrderId);

    private static int Refused(RestoreResult result) => result == RestoreResult.Restored ? 0 : 1;
}
