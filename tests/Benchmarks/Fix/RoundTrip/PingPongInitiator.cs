using System.Diagnostics;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// The initiator's application: once logged on it sends a NewOrderSingle, and each ExecutionReport it receives
/// closes one round trip (send timestamp → the report in FromApp) and sends the next order, on the engine thread.
/// Round trips after the warm-up are recorded; the thread's allocations over them are counted. A run that is
/// asked to stop (time budget spent on a crowded machine) ends at the next report with what it has recorded.
/// </summary>
public sealed class PingPongInitiator(int warmupRoundTrips, int roundTrips) : IFixApplication
{
    private readonly int _total = warmupRoundTrips + roundTrips;
    private readonly ManualResetEventSlim _finished = new();
    private long _sentAt;
    private int _completed;
    private long _clOrdId;
    private long _allocatedAtWarmup;
    private int _gen0AtWarmup;
    private volatile bool _stopRequested;

    public LatencyHistogram Histogram { get; } = new();

    /// <summary>Bytes the initiator's engine thread allocated per measured round trip.</summary>
    public double AllocatedBytesPerRoundTrip { get; private set; }

    /// <summary>Gen0 collections in the process while the measured round trips ran.</summary>
    public int Gen0Collections { get; private set; }

    /// <summary>Why the run stopped early (a send that failed, a logout); null when it completed.</summary>
    public string? Failure { get; private set; }

    public int Completed => Volatile.Read(ref _completed);

    public bool WaitFinished(TimeSpan timeout) => _finished.Wait(timeout);

    /// <summary>Ends the run at the next ExecutionReport (from another thread).</summary>
    public void RequestStop() => _stopRequested = true;

    public void OnCreate(FixSession session)
    {
    }

    public void OnLogon(FixSession session)
    {
        if (_completed == 0)
        {
            SendOrder(session);
        }
    }

    public void OnLogout(FixSession session)
    {
        if (_completed < _total)
        {
            Stop($"logged out after {_completed} round trips");
        }
    }

    public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        var elapsed = Stopwatch.GetTimestamp() - _sentAt;
        if (message.MsgType != MsgTypes.ExecutionReport)
        {
            return FixAppResult.UnsupportedMessageType;
        }

        var completed = ++_completed;
        if (completed > warmupRoundTrips)
        {
            Histogram.Record(ToNanos(elapsed));
        }

        if (completed == warmupRoundTrips)
        {
            _allocatedAtWarmup = GC.GetAllocatedBytesForCurrentThread();
            _gen0AtWarmup = GC.CollectionCount(0);
        }

        if (completed < _total && !_stopRequested)
        {
            SendOrder(session);
            return FixAppResult.Accepted;
        }

        if (completed <= warmupRoundTrips)
        {
            Stop($"stopped during the warm-up, after {completed} round trips");
            return FixAppResult.Accepted;
        }

        AllocatedBytesPerRoundTrip = (double)(GC.GetAllocatedBytesForCurrentThread() - _allocatedAtWarmup) / (completed - warmupRoundTrips);
        Gen0Collections = GC.CollectionCount(0) - _gen0AtWarmup;
        _finished.Set();
        return FixAppResult.Accepted;
    }

    private void SendOrder(FixSession session)
    {
        var order = new NewOrderSingleBody(++_clOrdId, session.NowNanos);
        _sentAt = Stopwatch.GetTimestamp();
        var status = session.TrySend("D"u8, ref order);
        if (status != FixSendStatus.Sent)
        {
            Stop($"order {_clOrdId} not sent: {status}");
        }
    }

    private void Stop(string failure)
    {
        Failure ??= failure;
        _finished.Set();
    }

    private static long ToNanos(long stopwatchTicks) =>
        Stopwatch.Frequency == 1_000_000_000 ? stopwatchTicks : (long)(stopwatchTicks * (1e9 / Stopwatch.Frequency));
}
