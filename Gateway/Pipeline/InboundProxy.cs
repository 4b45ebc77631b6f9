using Gateway.Api.Protocol;
using Gateway.Clients;
using Gateway.Sessions.Concurrency;
using Gateway.Venues;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

/// <summary>
/// The I/O thread's side of the inbound ring: strategies' commands (from the client server) and venues' reports
/// (from the adapters) become <see cref="InboundEvent"/>s for the order thread. The I/O thread is the ring's only
/// producer.
/// </summary>
/// <remarks>
/// When the ring is full the I/O thread waits for the order thread, and drains the outbound ring meanwhile: the
/// order thread may itself be waiting for room there, and the I/O thread is the one that makes it.
/// </remarks>
public sealed class InboundProxy : IClientCommandSink, IVenueReportSink
{
    private readonly RingBuffer<InboundEvent> _ring;
    private readonly long _commandLimit;
    private Func<int>? _drainOutbound;
    private long _fullWaits;
    private long _discarded;
    private bool _draining;
    private volatile bool _closed;

    /// <summary>Where hand-overs go once the order thread has stopped (<see cref="Close"/>): nowhere.</summary>
    private InboundEvent _discard;

    public InboundProxy(RingBuffer<InboundEvent> ring)
    {
        _ring = ring;
        _commandLimit = ring.Capacity - Math.Max(1, ring.Capacity / 4);
    }

    /// <summary>
    /// Strategies' commands stop here: the last quarter of the ring is kept for what cannot be held back (venues'
    /// reports, refused sends, logins and drops). Without it, on a shared thread, a full ring waits for its
    /// consumer, which is the thread waiting: the gateway stops for good.
    /// </summary>
    public bool HasRoom => _closed || _ring.InFlight < _commandLimit;

    /// <summary>How often a hand-over found the ring full (the order thread is behind).</summary>
    public long FullWaits => Volatile.Read(ref _fullWaits);

    /// <summary>Hand-overs dropped because the order thread had stopped (after <see cref="Close"/>).</summary>
    public long Discarded => Volatile.Read(ref _discarded);

    /// <summary>
    /// The order thread has stopped (shutdown): what the I/O side still produces (the venues' logouts) is dropped
    /// instead of waiting for room that will never come. The journal already holds every state that mattered.
    /// </summary>
    public void Close() => _closed = true;

    /// <summary>What the I/O thread does while it waits for room: drain the outbound ring.</summary>
    public void OnFullDrain(Func<int> drainOutbound) => _drainOutbound = drainOutbound;

    public void OnLoggedIn(int strategyId)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.ClientLoggedIn;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = 0;
        Publish(sequence);
    }

    public void OnDisconnected(int strategyId)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.ClientDisconnected;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = 0;
        Publish(sequence);
    }

    public void OnNewOrder(int strategyId, in NewOrderMessage message, long receivedTicks)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.NewOrder;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = receivedTicks;
        entry.NewOrder = message;
        Publish(sequence);
    }

    public void OnCancelOrder(int strategyId, in CancelOrderMessage message, long receivedTicks)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.CancelOrder;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = receivedTicks;
        entry.Cancel = message;
        Publish(sequence);
    }

    public void OnReplaceOrder(int strategyId, in ReplaceOrderMessage message, long receivedTicks)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.ReplaceOrder;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = receivedTicks;
        entry.Replace = message;
        Publish(sequence);
    }

    public void OnMassCancel(int strategyId, in MassCancelMessage message, long receivedTicks)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.MassCancel;
        entry.StrategyId = strategyId;
        entry.ReceivedTicks = receivedTicks;
        entry.MassCancel = message;
        Publish(sequence);
    }

    public void OnReport(in VenueReport report)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.VenueReport;
        entry.StrategyId = -1;
        entry.ReceivedTicks = 0;
        entry.Report = report;
        Publish(sequence);
    }

    /// <summary>A request the venue's adapter refused without sending (not connected, invalid): the order thread decides what the strategy hears.</summary>
    public void OnSendFailed(in VenueRequest request, VenueSendResult result)
    {
        ref var entry = ref Claim(out var sequence);
        entry.Kind = InboundKind.VenueSendFailed;
        entry.SendResult = result;
        entry.StrategyId = -1;
        entry.ReceivedTicks = 0;
        entry.Report = default;
        entry.Report.VenueId = request.VenueId;
        entry.Report.ClOrdId = request.ClOrdId;
        entry.Report.OrigClOrdId = request.OrigClOrdId;
        entry.Report.ForReplace = request.Kind == VenueRequestKind.Replace;
        entry.Report.Kind = request.Kind == VenueRequestKind.NewOrder ? VenueReportKind.Rejected : VenueReportKind.CancelRejected;
        Publish(sequence);
    }

    private ref InboundEvent Claim(out long sequence)
    {
        if (_closed)
        {
            sequence = -1;
            return ref _discard;
        }

        if (_ring.TryClaim(out sequence) != ClaimResult.Claimed)
        {
            return ref WaitForRoom(out sequence);
        }

        return ref _ring[sequence];
    }

    private void Publish(long sequence)
    {
        if (sequence >= 0)
        {
            _ring.Publish(sequence);
        }
    }

    private ref InboundEvent WaitForRoom(out long sequence)
    {
        _fullWaits++;
        var spinner = default(SpinWait);
        while (_ring.TryClaim(out sequence) != ClaimResult.Claimed)
        {
            if (_closed)
            {
                _discarded++;
                sequence = -1;
                return ref _discard;
            }

            // Draining may hand back a refused request (OnSendFailed), which claims again: no draining from in here then.
            if (_draining || _drainOutbound is null || Drain() == 0)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }
        }

        return ref _ring[sequence];
    }

    private int Drain()
    {
        _draining = true;
        try
        {
            return _drainOutbound!();
        }
        finally
        {
            _draining = false;
        }
    }
}
