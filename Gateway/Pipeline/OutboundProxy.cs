using Gateway.Api.Protocol;
using Gateway.Sessions.Concurrency;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

/// <summary>
/// The order thread's side of the outbound ring. Each method claims an entry, lets the caller fill it in place and
/// publishes it: <c>ref var m = ref proxy.Client(strategy, MessageType.Fill).Fill; ...; proxy.Publish();</c>.
/// When the ring is full the order thread waits until the I/O thread has made room (counted); with both on one thread
/// (shared threading) it drains the ring itself meanwhile, since nothing else would.
/// </summary>
public sealed class OutboundProxy
{
    private readonly RingBuffer<OutboundAction> _ring;
    private long _claimed = -1;
    private long _fullWaits;
    private Func<int>? _drainWhenFull;

    public OutboundProxy(RingBuffer<OutboundAction> ring) => _ring = ring;

    public long FullWaits => Volatile.Read(ref _fullWaits);

    /// <summary>Shared threading: the outbound ring's consumer runs on this thread, so a full ring is drained from here.</summary>
    public void OnFullDrain(Func<int> drainOutbound) => _drainWhenFull = drainOutbound;

    /// <summary>Claims an entry for a venue request; fill <see cref="OutboundAction.Request"/>, then <see cref="Publish"/>.</summary>
    public ref VenueRequest Venue(long receivedTicks)
    {
        ref var entry = ref Claim();
        entry.Kind = OutboundKind.Venue;
        entry.StrategyId = -1;
        entry.ReceivedTicks = receivedTicks;
        return ref entry.Request;
    }

    /// <summary>Claims an entry for a message to a strategy; fill the payload of <paramref name="type"/>, then <see cref="Publish"/>.</summary>
    public ref OutboundAction Client(int strategyId, MessageType type)
    {
        ref var entry = ref Claim();
        entry.Kind = OutboundKind.Client;
        entry.ClientType = type;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = 0;
        return ref entry;
    }

    public void Publish() => _ring.Publish(_claimed);

    private ref OutboundAction Claim()
    {
        if (_ring.TryClaim(out _claimed) != ClaimResult.Claimed)
        {
            _fullWaits++;
            var spinner = default(SpinWait);
            while (_ring.TryClaim(out _claimed) != ClaimResult.Claimed)
            {
                if (_drainWhenFull is null || _drainWhenFull() == 0)
                {
                    spinner.SpinOnce(sleep1Threshold: -1);
                }
            }
        }

        return ref _ring[_claimed];
    }
}
