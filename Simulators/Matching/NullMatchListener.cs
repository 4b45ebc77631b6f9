namespace Gateway.Simulators.Matching;

/// <summary>Ignores every event (setting up books, tests that only look at the book).</summary>
public struct NullMatchListener : IMatchListener
{
    public readonly void OnAccepted(in OrderState order)
    {
    }

    public readonly void OnTrade(in Trade trade)
    {
    }

    public readonly void OnCanceled(in OrderState order, MatchCancelReason reason)
    {
    }

    public readonly void OnReplaced(in OrderState order, long oldQuantity, long oldPrice)
    {
    }

    public readonly void OnRejected(in NewOrder order, MatchRejectReason reason)
    {
    }

    public readonly void OnCancelRejected(long orderId, long requestRef, bool isReplace, MatchCancelRejectReason reason)
    {
    }
}
