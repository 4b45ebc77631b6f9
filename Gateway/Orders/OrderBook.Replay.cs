namespace Gateway.Orders;

/// <summary>
/// Start-up: the book rebuilt from the journal. The journal holds a copy of every record each change touched, in
/// order; applying them in that order leaves each record as it was last written, with its ids mapped again.
/// </summary>
public sealed partial class OrderBook
{
    /// <summary>Puts a journaled record back: the next index adds it, an earlier one overwrites the record there.</summary>
    public ApplyResult Apply(in OrderRecord record)
    {
        var index = record.Index;
        if ((uint)index >= (uint)_records.Length)
        {
            return ApplyResult.Mismatch;
        }

        if (index > Count)
        {
            return ApplyResult.Gap;
        }

        var adding = index == Count;
        if (adding ? _byClientOrderId.Find(record.StrategyId, record.ClientOrderId) >= 0
                   : _records[index].StrategyId != record.StrategyId || _records[index].ClientOrderId != record.ClientOrderId)
        {
            return ApplyResult.Mismatch;
        }

        // A record's own id is always its own; a pending id may be a replacement's own id, which stays the replacement's.
        if (!_byClOrdId.Set(record.ClOrdId, index) || !MapIfAbsent(record.PendingClOrdId, index))
        {
            return ApplyResult.RequestIdsFull;
        }

        _records[index] = record;
        if (adding)
        {
            Count++;
            _byClientOrderId.Add(index);
        }

        SeedClOrdIds(Math.Max(record.ClOrdId, record.PendingClOrdId));
        Recount(index);
        return ApplyResult.Applied;
    }

    private bool MapIfAbsent(long clOrdId, int index) =>
        clOrdId <= 0 || _byClOrdId.Find(clOrdId) >= 0 || _byClOrdId.Set(clOrdId, index);
}
