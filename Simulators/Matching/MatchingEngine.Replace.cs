namespace Gateway.Simulators.Matching;

/// <summary>Cancel/replace: the new quantity and price of a live order, and what that does to its time priority.</summary>
public sealed partial class MatchingEngine
{
    /// <summary>
    /// Replaces a live order's total quantity and price. A new price or a larger quantity sends the order to the
    /// back of its (new) level, after matching at the new price if it now crosses; a smaller quantity keeps its
    /// place. A quantity not above the filled quantity is refused.
    /// </summary>
    public void Replace<TListener>(long orderId, long newQuantity, long newPrice, long requestRef, ref TListener listener)
        where TListener : IMatchListener
    {
        if (!_slotById.TryGetValue(orderId, out var slot))
        {
            listener.OnCancelRejected(orderId, requestRef, isReplace: true, NotLive(orderId));
            return;
        }

        ref var order = ref _pool[slot];
        if (newQuantity <= order.Filled)
        {
            listener.OnCancelRejected(orderId, requestRef, isReplace: true, MatchCancelRejectReason.QuantityNotAboveFilled);
            return;
        }

        if (newPrice <= 0)
        {
            listener.OnCancelRejected(orderId, requestRef, isReplace: true, MatchCancelRejectReason.InvalidPrice);
            return;
        }

        var book = _books[order.Symbol];
        var side = book.SideOf(order.Side);
        var oldQuantity = order.Quantity;
        var oldPrice = order.Price;
        if (newPrice != oldPrice)
        {
            side.Remove(slot);
            order.Quantity = newQuantity;
            order.Price = newPrice;
            var state = order.State();
            listener.OnReplaced(in state, oldQuantity, oldPrice);
            Execute(book, slot, ref listener);
        }
        else if (newQuantity > oldQuantity)
        {
            side.Remove(slot);
            order.Quantity = newQuantity;
            side.Enqueue(slot);
            var state = order.State();
            listener.OnReplaced(in state, oldQuantity, oldPrice);
        }
        else
        {
            side.Reduce(oldPrice, oldQuantity - newQuantity);
            order.Quantity = newQuantity;
            var state = order.State();
            listener.OnReplaced(in state, oldQuantity, oldPrice);
        }

        if (book.QuotesDirty)
        {
            Requote(book, ref listener);
        }
    }
}
