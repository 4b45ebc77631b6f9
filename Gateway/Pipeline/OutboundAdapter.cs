using System.Diagnostics;
using Gateway.Api.Protocol;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Metrics;
using Gateway.Venues;

namespace Gateway.Pipeline;

/// <summary>
/// The I/O thread's side of the outbound ring: venue requests go to their venue's adapter, messages to the
/// strategy's connection. Records the gateway's wire-to-wire latency (strategy frame read → venue message
/// written) for requests made from a strategy's frame.
/// </summary>
/// <remarks>
/// An entry is finished only once handled: when a venue's session pushes back, the drain stops there and
/// resumes on the next duty cycle, so requests leave in the order the order thread made them.
/// </remarks>
public sealed class OutboundAdapter : IAgent
{
    private const int MaxPerDutyCycle = 1024;
    private static readonly double NanosPerTick = 1e9 / Stopwatch.Frequency;

    private readonly RingConsumer<OutboundAction> _consumer;
    private readonly RingBuffer<OutboundAction> _ring;
    private readonly IVenueAdapter?[] _venues;
    private readonly IClientOutbound _clients;
    private readonly InboundProxy _inbound;
    private readonly LatencyRecorder _wireToWire;
    private readonly LatencyRecorder?[] _venueWireToWire;
    private long _clientDrops;
    private long _venueBackPressure;

    public OutboundAdapter(
        RingConsumer<OutboundAction> consumer, IVenueAdapter?[] venuesById, IClientOutbound clients, InboundProxy inbound,
        LatencyRecorder wireToWire, LatencyRecorder?[]? venueWireToWire = null)
    {
        _consumer = consumer;
        _ring = consumer.Ring;
        _venues = venuesById;
        _clients = clients;
        _inbound = inbound;
        _wireToWire = wireToWire;
        _venueWireToWire = venueWireToWire ?? new LatencyRecorder?[venuesById.Length];
    }

    public string RoleName => "outbound";

    /// <summary>Messages for strategies that were not connected or could not take them.</summary>
    public long ClientDrops => Volatile.Read(ref _clientDrops);

    /// <summary>Times a venue's session pushed back (the request waited for the next duty cycle).</summary>
    public long VenueBackPressure => Volatile.Read(ref _venueBackPressure);

    public int DoWork() => Drain();

    /// <summary>Handles what the order thread has published, up to a limit; returns how many entries.</summary>
    public int Drain()
    {
        var finished = _consumer.Sequence.Value;
        var available = _consumer.Barrier.Available();
        if (available <= finished)
        {
            return 0;
        }

        var high = Math.Min(available, finished + MaxPerDutyCycle);
        var sequence = finished + 1;
        for (; sequence <= high; sequence++)
        {
            if (!Handle(ref _ring[sequence]))
            {
                break;
            }
        }

        var done = sequence - 1;
        if (done > finished)
        {
            _consumer.Commit(done);
        }

        return (int)(done - finished);
    }

    private bool Handle(ref OutboundAction action)
    {
        if (action.Kind == OutboundKind.Venue)
        {
            return SendToVenue(ref action);
        }

        if (!SendToClient(ref action))
        {
            _clientDrops++;
        }

        return true;
    }

    private bool SendToVenue(ref OutboundAction action)
    {
        ref var request = ref action.Request;
        var venueId = request.VenueId;
        var venue = (uint)venueId < (uint)_venues.Length ? _venues[venueId] : null;
        var result = venue is null ? VenueSendResult.Invalid : venue.TrySend(request);
        switch (result)
        {
            case VenueSendResult.Sent:
                if (action.ReceivedTicks != 0)
                {
                    var nanos = (long)((Stopwatch.GetTimestamp() - action.ReceivedTicks) * NanosPerTick);
                    _wireToWire.Record(nanos);
                    if ((uint)venueId < (uint)_venueWireToWire.Length)
                    {
                        _venueWireToWire[venueId]?.Record(nanos);
                    }
                }

                return true;
            case VenueSendResult.BackPressured:
                _venueBackPressure++;
                return false;
            default:
                _inbound.OnSendFailed(request, result);
                return true;
        }
    }

    private bool SendToClient(ref OutboundAction action)
    {
        var strategy = action.StrategyId;
        return action.ClientType switch
        {
            MessageType.OrderAccepted => _clients.TrySend(strategy, ref action.OrderAccepted),
            MessageType.OrderRejected => _clients.TrySend(strategy, ref action.OrderRejected),
            MessageType.VenueAccepted => _clients.TrySend(strategy, ref action.VenueAccepted),
            MessageType.Replaced => _clients.TrySend(strategy, ref action.Replaced),
            MessageType.Canceled => _clients.TrySend(strategy, ref action.Canceled),
            MessageType.CancelRejected => _clients.TrySend(strategy, ref action.CancelRejected),
            MessageType.Fill => _clients.TrySend(strategy, ref action.Fill),
            MessageType.SessionStatus => _clients.TrySend(strategy, ref action.SessionStatus),
            MessageType.OrderStatus => _clients.TrySend(strategy, ref action.OrderStatus),
            _ => false,
        };
    }
}
