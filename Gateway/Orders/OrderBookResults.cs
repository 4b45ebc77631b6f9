namespace Gateway.Orders;

/// <summary>What <see cref="OrderBook.TryAdd"/> and <see cref="OrderBook.TryAddReplacement"/> did.</summary>
public enum AddOrderResult : byte
{
    Added = 0,

    /// <summary>The strategy used this client order id already today (open or final order).</summary>
    DuplicateClientOrderId = 1,

    /// <summary>The book holds <see cref="OrderBook.Capacity"/> records: no more orders today.</summary>
    BookFull = 2,

    /// <summary>The request id map is full (too many cancel requests): nothing was added.</summary>
    RequestIdsFull = 3,
}

/// <summary>What <see cref="OrderBook.Apply"/> did with a journaled record.</summary>
public enum ApplyResult : byte
{
    Applied = 0,

    /// <summary>The record's index is beyond the next one: a record is missing before it.</summary>
    Gap = 1,

    /// <summary>The record does not fit the book: index out of range, another order at that index, or a duplicate id.</summary>
    Mismatch = 2,

    /// <summary>The request id map is full.</summary>
    RequestIdsFull = 3,
}
