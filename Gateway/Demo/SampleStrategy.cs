using System.Diagnostics;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.Sessions.Metrics;

namespace Gateway.Demo;

/// <summary>
/// The demo's strategy: a <see cref="GatewayClient"/> on a thread of its own sending orders at a steady rate (see
/// <see cref="DemoPlan"/>) and following each to its final state. Times two round trips per order — order →
/// gateway's OrderAccepted (risk passed, sent to the venue) and order → first fill — into latency recorders the
/// reporter reads from another thread.
/// </summary>
public sealed class SampleStrategy : IDisposable
{
    private const int Window = 1 << 20;
    private const long ReplacementOffset = 1L << 40;

    private readonly GatewayClient _client;
    private readonly int _ordersPerSecond;
    private readonly long _limit;
    private readonly long[] _sentTicks = new long[Window];
    private readonly bool[] _final = new bool[Window];
    private readonly bool[] _filledOnce = new bool[Window];
    private readonly ManualResetEventSlim _allFinal = new(false);
    private readonly bool _spin;
    private Thread? _thread;
    private volatile bool _running;
    private long _sent;
    private long _accepted;
    private long _venueAccepted;
    private long _fills;
    private long _filledOrders;
    private long _canceled;
    private long _replaced;
    private long _riskRejects;
    private long _venueRejects;
    private long _otherRejects;
    private long _cancelRejects;
    private long _finals;
    private long _lastFillSeq;
    private FillMessage _lastFill;

    public SampleStrategy(GatewayClient client, int ordersPerSecond, long limit, bool spin)
    {
        _client = client;
        _ordersPerSecond = ordersPerSecond;
        _limit = limit;
        _spin = spin;
    }

    public LatencyRecorder AckRoundTrips { get; } = new();

    public LatencyRecorder FillRoundTrips { get; } = new();

    public WaitHandle AllFinal => _allFinal.WaitHandle;

    public long Sent => Volatile.Read(ref _sent);

    public long Accepted => Volatile.Read(ref _accepted);

    public long VenueAccepted => Volatile.Read(ref _venueAccepted);

    public long Fills => Volatile.Read(ref _fills);

    public long FilledOrders => Volatile.Read(ref _filledOrders);

    public long Canceled => Volatile.Read(ref _canceled);

    public long Replaced => Volatile.Read(ref _replaced);

    public long RiskRejects => Volatile.Read(ref _riskRejects);

    public long VenueRejects => Volatile.Read(ref _venueRejects);

    public long OtherRejects => Volatile.Read(ref _otherRejects);

    public long CancelRejects => Volatile.Read(ref _cancelRejects);

    /// <summary>Orders that reached a final state (filled, canceled, rejected).</summary>
    public long Finals => Volatile.Read(ref _finals);

    public bool Disconnected { get; private set; }

    public void Start()
    {
        _running = true;
        _thread = new Thread(Run) { IsBackground = true, Name = "demo-strategy" };
        _thread.Start();
    }

    /// <summary>The latest fill (a copy), or false when there has been none since <paramref name="afterNumber"/>.</summary>
    public bool TryReadLastFill(long afterNumber, out long number, out FillMessage fill)
    {
        while (true)
        {
            var before = Volatile.Read(ref _lastFillSeq);
            fill = _lastFill;
            if ((before & 1) == 0 && Volatile.Read(ref _lastFillSeq) == before)
            {
                number = before / 2;
                return number > afterNumber;
            }

            Thread.SpinWait(16);
        }
    }

    public void Dispose()
    {
        _running = false;
        _thread?.Join();
        _allFinal.Dispose();
    }

    private void Run()
    {
        var handler = new Handler(this);
        var ticksPerOrder = Stopwatch.Frequency / _ordersPerSecond;
        var next = Stopwatch.GetTimestamp();
        var idle = _spin ? ClientBackoffIdle.BusySpin() : new ClientBackoffIdle();
        while (_running)
        {
            var work = _client.Poll(ref handler);
            var now = Stopwatch.GetTimestamp();
            if (_sent < _limit && now >= next)
            {
                if (SendNext(now))
                {
                    next += ticksPerOrder;
                    if (now - next > Stopwatch.Frequency)
                    {
                        next = now; // fell a second behind (a stall): do not burst to catch up
                    }
                }

                work++;
            }

            if (!_client.IsConnected)
            {
                Disconnected = true;
                return;
            }

            idle.Idle(work);
        }
    }

    private bool SendNext(long now)
    {
        var n = _sent;
        var id = n + 1;
        var instrument = DemoPlan.InstrumentOf(n);
        var side = DemoPlan.SideOf(n);
        var kind = DemoPlan.KindOf(n);
        var quantity = kind == DemoOrderKind.TooLarge ? DemoPlan.MaxOrderQuantity * 5 : DemoPlan.QuantityOf(n);
        var passive = kind is DemoOrderKind.RestThenCancel or DemoOrderKind.RestThenReplace;
        var price = passive ? DemoPlan.PassivePrice(instrument, side) : DemoPlan.MarketablePrice(instrument, side);
        var tif = passive ? TimeInForce.Day : TimeInForce.ImmediateOrCancel;
        _sentTicks[Slot(id)] = now;
        _final[Slot(id)] = false;
        _filledOnce[Slot(id)] = false;
        if (!_client.TrySendNewOrder(id, DemoPlan.Account, instrument, -1, side, OrderType.Limit, tif, quantity, price))
        {
            return false;
        }

        Volatile.Write(ref _sent, n + 1);
        return true;
    }

    private static int Slot(long id) => (int)((id % ReplacementOffset) & (Window - 1));

    private static long OrderNumber(long id) => (id % ReplacementOffset) - 1;

    private void Final(long id)
    {
        var slot = Slot(id);
        if (_final[slot])
        {
            return;
        }

        _final[slot] = true;
        var finals = _finals + 1;
        Volatile.Write(ref _finals, finals);
        if (finals >= _limit && _sent >= _limit)
        {
            _allFinal.Set();
        }
    }

    private void OnAccepted(in OrderAcceptedMessage m)
    {
        Volatile.Write(ref _accepted, _accepted + 1);
        if (m.ClientOrderId < ReplacementOffset)
        {
            AckRoundTrips.Record(ElapsedNanos(m.ClientOrderId));
        }
    }

    private void OnVenueAccepted(in VenueAcceptedMessage m)
    {
        Volatile.Write(ref _venueAccepted, _venueAccepted + 1);
        var id = m.ClientOrderId;
        if (id >= ReplacementOffset)
        {
            return;
        }

        var n = OrderNumber(id);
        switch (DemoPlan.KindOf(n))
        {
            case DemoOrderKind.RestThenCancel:
                _client.TrySendCancel(id);
                break;
            case DemoOrderKind.RestThenReplace:
                var instrument = DemoPlan.InstrumentOf(n);
                _client.TrySendReplace(id, id + ReplacementOffset, DemoPlan.QuantityOf(n),
                    DemoPlan.MarketablePrice(instrument, DemoPlan.SideOf(n)));
                break;
        }
    }

    private void OnFill(in FillMessage m)
    {
        Volatile.Write(ref _fills, _fills + 1);
        var slot = Slot(m.ClientOrderId);
        if (!_filledOnce[slot] && m.ClientOrderId < ReplacementOffset)
        {
            _filledOnce[slot] = true;
            FillRoundTrips.Record(ElapsedNanos(m.ClientOrderId));
        }

        Volatile.Write(ref _lastFillSeq, _lastFillSeq + 1);
        _lastFill = m;
        Volatile.Write(ref _lastFillSeq, _lastFillSeq + 1);
        if (m.LeavesQuantity == 0)
        {
            Volatile.Write(ref _filledOrders, _filledOrders + 1);
            Final(m.ClientOrderId);
        }
    }

    private void OnCanceled(in CanceledMessage m)
    {
        Volatile.Write(ref _canceled, _canceled + 1);
        Final(m.ClientOrderId);
    }

    private void OnRejected(in OrderRejectedMessage m)
    {
        if (m.Reason == RejectReason.RiskCheck)
        {
            Volatile.Write(ref _riskRejects, _riskRejects + 1);
        }
        else if (m.Reason == RejectReason.VenueRejected)
        {
            Volatile.Write(ref _venueRejects, _venueRejects + 1);
        }
        else
        {
            Volatile.Write(ref _otherRejects, _otherRejects + 1);
        }

        Final(m.ClientOrderId);
    }

    private void OnCancelRejected(in CancelRejectedMessage m)
    {
        // The order carries on (it filled or was canceled in the meantime): its own final message settles it.
        Volatile.Write(ref _cancelRejects, _cancelRejects + 1);
    }

    private long ElapsedNanos(long id) =>
        (long)((Stopwatch.GetTimestamp() - _sentTicks[Slot(id)]) * (1e9 / Stopwatch.Frequency));

    /// <summary>The client calls this struct directly (no interface call per message).</summary>
    private readonly struct Handler(SampleStrategy strategy) : IGatewayMessageHandler
    {
        public void OnSessionStatus(in SessionStatusMessage message)
        {
        }

        public void OnError(in ErrorMessage message) => Volatile.Write(ref strategy._otherRejects, strategy._otherRejects + 1);

        public void OnOrderAccepted(in OrderAcceptedMessage message) => strategy.OnAccepted(in message);

        public void OnOrderRejected(in OrderRejectedMessage message) => strategy.OnRejected(in message);

        public void OnVenueAccepted(in VenueAcceptedMessage message) => strategy.OnVenueAccepted(in message);

        public void OnReplaced(in ReplacedMessage message) => Volatile.Write(ref strategy._replaced, strategy._replaced + 1);

        public void OnCanceled(in CanceledMessage message) => strategy.OnCanceled(in message);

        public void OnCancelRejected(in CancelRejectedMessage message) => strategy.OnCancelRejected(in message);

        public void OnFill(in FillMessage message) => strategy.OnFill(in message);

        public void OnOrderStatus(in OrderStatusMessage message)
        {
        }

        public void OnDisconnected(DisconnectReason reason) => strategy.Disconnected = true;
    }
}
