namespace Gateway.Simulators.Matching;

/// <summary>
/// What the matching engine reports, synchronously and in order, from inside the call that caused it. Events of
/// the market maker's own orders (owner &lt; 0) come through too. The engine takes the listener as a generic
/// parameter: a struct listener is called directly.
/// </summary>
public interface IMatchListener
{
    /// <summary>A new order passed the checks and has an order id (before any of its trades).</summary>
    void OnAccepted(in OrderState order);

    /// <summary>A match: both sides' states after it.</summary>
    void OnTrade(in Trade trade);

    /// <summary>An order left the book unfilled (a request, an IOC/market remainder, an unfilled FOK).</summary>
    void OnCanceled(in OrderState order, MatchCancelReason reason);

    /// <summary>A replace took effect (before any trades the new price causes).</summary>
    void OnReplaced(in OrderState order, long oldQuantity, long oldPrice);

    /// <summary>A new order was refused; it never had an order id.</summary>
    void OnRejected(in NewOrder order, MatchRejectReason reason);

    /// <summary>A cancel (<paramref name="isReplace"/> false) or replace request was refused.</summary>
    void OnCancelRejected(long orderId, long requestRef, bool isReplace, MatchCancelRejectReason reason);
}
