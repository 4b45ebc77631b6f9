using Gateway.Venues.Ouch.Log;

namespace Gateway.Venues.Ouch;

/// <summary>The message log and the per-type counts: one call on each path, both allocation-free.</summary>
public sealed partial class OuchVenueAdapter
{
    private readonly OuchMessageLog? _messageLog;

    /// <summary>The message log (<see cref="OuchVenueOptions.MessageLogPath"/>), or null.</summary>
    public OuchMessageLog? MessageLog => _messageLog;

    private static OuchMessageLog? OpenMessageLog(OuchVenueOptions options) =>
        options.MessageLogPath is { } path ? new OuchMessageLog(path) : null;

    /// <summary>A message the session took: counted by type and logged with the gateway's ClOrdId.</summary>
    private void Sent(int length, long clOrdId)
    {
        var message = Session.PayloadBuffer[..length];
        Counters.CountSent(message);
        _messageLog?.OnOutgoing(_clock.NowNanos(), clOrdId, message);
    }

    private void Received(long sequence, ReadOnlySpan<byte> message)
    {
        Counters.CountReceived(message);
        _messageLog?.OnIncoming(_clock.NowNanos(), sequence, message);
    }
}
