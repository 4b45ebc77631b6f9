namespace Gateway.Venues.Orders;

public enum VenueReportKind : byte
{
    /// <summary>The venue acknowledged a new order (FIX 150=0, OUCH Accepted).</summary>
    Accepted = 1,

    /// <summary>A partial or full fill: LastQuantity/LastPrice this fill, CumQuantity/LeavesQuantity the order's after it.</summary>
    Fill = 2,

    /// <summary>The order is canceled (requested or unsolicited); OrigClOrdId names it when a cancel request did it.</summary>
    Canceled = 3,

    /// <summary>A replace took effect: the order is now ClOrdId (OrigClOrdId was its previous id).</summary>
    Replaced = 4,

    /// <summary>A new order was refused by the venue.</summary>
    Rejected = 5,

    /// <summary>A cancel (or replace, see <see cref="VenueReport.ForReplace"/>) was refused; the order stands.</summary>
    CancelRejected = 6,

    /// <summary>The order expired (time in force), or was done for the day.</summary>
    Expired = 7,

    /// <summary>Pending new / pending cancel / pending replace / order status and other reports that change nothing.</summary>
    Status = 8,

    /// <summary>The session with the venue is up (logged on), or just went down.</summary>
    SessionUp = 20,
    SessionDown = 21,

    /// <summary>A message from the venue the adapter could not map (bad ClOrdID, unknown ExecType...): Text says what.</summary>
    Unrecognised = 30,
}

/// <summary>
/// A venue's answer, as the adapter decoded it on the I/O thread, for the order thread's state machine.
/// <see cref="ClOrdId"/> is the request id the gateway sent (parsed back); ids the gateway never made come as
/// <see cref="VenueReportKind.Unrecognised"/>.
/// </summary>
public struct VenueReport
{
    public VenueReportKind Kind;

    /// <summary>A replayed message (FIX PossDupFlag, a SoupBinTCP replay): the state machine drops what it has seen.</summary>
    public bool PossibleDuplicate;

    /// <summary>CancelRejected: true when it answers a replace (FIX 434=2).</summary>
    public bool ForReplace;

    public int VenueId;

    /// <summary>The venue session's sequence number of the message (FIX 34, SoupBinTCP sequence), journaled so a restart can ask for what follows.</summary>
    public long VenueSequence;

    public long ClOrdId;
    public long OrigClOrdId;

    public long LastQuantity;
    public long LastPrice;
    public long CumQuantity;
    public long LeavesQuantity;

    /// <summary>Replaced: the order's quantity and price now.</summary>
    public long OrderQuantity;
    public long Price;

    public VenueText VenueOrderId;
    public VenueText ExecId;

    /// <summary>Reject reason or other text from the venue (FIX 58, OUCH reason code), cut at 32 bytes.</summary>
    public VenueText Text;

    /// <summary>The venue's reject code when it has one (FIX 103 / 102, OUCH reason), else 0.</summary>
    public int ReasonCode;

    /// <summary>The venue's TransactTime (UTC epoch nanoseconds), 0 when absent.</summary>
    public long VenueTimeNanos;
}
