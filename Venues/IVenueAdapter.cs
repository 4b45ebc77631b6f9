using Gateway.Venues.Orders;

namespace Gateway.Venues;

public enum VenueSendResult : byte
{
    Sent = 1,

    /// <summary>The session's buffers are full: try the same request again on a later duty cycle.</summary>
    BackPressured = 2,

    /// <summary>The venue session is not logged on: nothing was sent.</summary>
    NotConnected = 3,

    /// <summary>The request cannot be expressed for this venue (an instrument it does not list...): nothing was sent.</summary>
    Invalid = 4,
}

/// <summary>Where an adapter delivers what its venue says. Called on the I/O thread that drives the adapter.</summary>
public interface IVenueReportSink
{
    void OnReport(in VenueReport report);
}

/// <summary>
/// One venue: maps <see cref="VenueRequest"/>s onto its session's protocol and the venue's messages back to
/// <see cref="VenueReport"/>s. All calls on the thread that drives the venue's session (the I/O thread).
/// </summary>
public interface IVenueAdapter
{
    int VenueId { get; }

    string Name { get; }

    bool IsLoggedOn { get; }

    /// <summary>Encodes and sends; never allocates or blocks.</summary>
    VenueSendResult TrySend(in VenueRequest request);

    /// <summary>
    /// Cold path, after a restart: whether a request with this ClOrdId is in the session's store of sent messages,
    /// i.e. it reached the venue's session before the gateway stopped.
    /// </summary>
    bool HasSent(long clOrdId);

    /// <summary>
    /// Cold path, after a restart and before the session logs on: the sequence number of the last venue message
    /// the order journal applied, so messages after it are asked for again (the session's own store may be ahead).
    /// </summary>
    void ResumeFromVenueSequence(long lastAppliedSequence);
}
