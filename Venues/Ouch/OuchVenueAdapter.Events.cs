using Gateway.Venues.Orders;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Venues.Ouch;

// The venue messages beyond the core five: Broken Trade, Order Modified, and (5.0) the Account Query that keeps the
// table's next UserRefNum at or above the venue's.
public sealed partial class OuchVenueAdapter
{
    /// <summary>
    /// Broken Trade: the execution with this Match Number is void. The table's cumulative quantity is left as it is
    /// (the message does not say how many shares; only the Fill it names does): a Status report carries the Match Number
    /// as ExecId and the reason, for the order's owner to bust the fill, and the count shows it on the metrics.
    /// </summary>
    private void OnBrokenTrade(bool apply, ulong timestamp, long token, ulong matchNumber, byte reason)
    {
        if (!Known(token, apply))
        {
            return;
        }

        Counters.Increment(OuchVenueCounter.BrokenTrades);
        BeginStatus(apply, timestamp, token, "broken trade"u8);
        OuchMapping.SetNumber(ref _report.ExecId, matchNumber);
        _report.ReasonCode = reason;
        Deliver();
    }

    /// <summary>
    /// Order Modified: the venue's open quantity after a modify (its side change has no place in the table or the
    /// report: the reason code carries the side byte). The table takes the quantity; a Status report says so.
    /// </summary>
    private void OnOrderModified(bool apply, ulong timestamp, long token, byte side, uint openQuantity)
    {
        if (!Known(token, apply))
        {
            return;
        }

        Counters.Increment(OuchVenueCounter.OrdersModified);
        if (apply)
        {
            _table.Modify(token, openQuantity);
        }

        BeginStatus(apply, timestamp, token, "order modified"u8);
        _report.ReasonCode = side;
        Deliver();
    }

    /// <summary>
    /// Account Query Response: the next UserRefNum the venue takes. A table that restarted behind the venue (lost or
    /// replaced state file) would send numbers the venue ignores as retransmissions; this raises it, never lowers it.
    /// </summary>
    private void OnAccountQueryResponse(bool apply, uint nextUserRefNum)
    {
        Counters.Increment(OuchVenueCounter.AccountQueryResponses);
        if (apply && _table.RaiseNextToken(nextUserRefNum))
        {
            Counters.Increment(OuchVenueCounter.NextUserRefNumRaised);
        }
    }

    /// <summary>OUCH 5.0: asks the venue for its next UserRefNum (cold: after login).</summary>
    public bool SendAccountQuery()
    {
        if (Options.Dialect != OuchDialect.Ouch50)
        {
            return false;
        }

        var length = Ouch50Writer.AccountQueryRequest(Session.PayloadBuffer);
        if (Session.SendUnsequenced(length) != Gateway.Sessions.Soup.SoupSendResult.Sent)
        {
            return false;
        }

        Sent(length, 0);
        return true;
    }
}
