namespace Gateway.Orders;

/// <summary>Walks over the book: open orders for the kill switch and mass cancels, and cold start-up queries.</summary>
public sealed partial class OrderBook
{
    /// <summary>Every open order (<see cref="OrderRecord.IsOpen"/>), in arrival order.</summary>
    public void ForEachOpen<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IOpenOrderVisitor
    {
        var records = _records;
        for (var i = 0; i < Count; i++)
        {
            if (_countedOpen[i])
            {
                visitor.Visit(i, ref records[i]);
            }
        }
    }

    /// <summary>The open orders that <paramref name="filter"/> matches.</summary>
    public void ForEachOpen<TVisitor>(in OpenOrderFilter filter, ref TVisitor visitor)
        where TVisitor : struct, IOpenOrderVisitor
    {
        var records = _records;
        for (var i = 0; i < Count; i++)
        {
            if (_countedOpen[i] && filter.Matches(in records[i]))
            {
                visitor.Visit(i, ref records[i]);
            }
        }
    }

    /// <summary>Cold: the highest venue sequence applied to any order of the venue (for <c>ResumeFromVenueSequence</c>).</summary>
    public long LastVenueSequence(int venueId)
    {
        long last = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_records[i].VenueId == venueId)
            {
                last = Math.Max(last, _records[i].LastVenueSequence);
            }
        }

        return last;
    }
}
