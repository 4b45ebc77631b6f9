using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// The acceptor's application: reads each NewOrderSingle as an adapter would (<see cref="NewOrder"/>) and answers
/// one ExecutionReport (a New ack) from inside FromApp. Counts the bytes its engine thread allocates from the first
/// measured order on.
/// </summary>
public sealed class OrderAcceptor(int warmupRoundTrips, int roundTrips) : IFixApplication
{
    private int _orders;
    private long _allocatedAtWarmup;
    private long _failedSends;

    /// <summary>Bytes the acceptor's engine thread allocated per measured round trip.</summary>
    public double AllocatedBytesPerRoundTrip { get; private set; }

    public long FailedSends => Interlocked.Read(ref _failedSends);

    public void OnCreate(FixSession session)
    {
    }

    public void OnLogon(FixSession session)
    {
    }

    public void OnLogout(FixSession session)
    {
    }

    public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        if (message.MsgType != MsgTypes.NewOrderSingle)
        {
            return FixAppResult.UnsupportedMessageType;
        }

        var orders = ++_orders;
        if (orders == warmupRoundTrips + 1)
        {
            _allocatedAtWarmup = GC.GetAllocatedBytesForCurrentThread();
        }
        else if (orders == warmupRoundTrips + roundTrips)
        {
            AllocatedBytesPerRoundTrip = (double)(GC.GetAllocatedBytesForCurrentThread() - _allocatedAtWarmup) / (roundTrips - 1);
        }

        if (!NewOrder.TryRead(in message, out var order))
        {
            return FixAppResult.BusinessReject(BusinessRejectReason.ConditionallyRequiredFieldMissing);
        }

        var report = new ExecutionReportBody(in order, orderId: orders, execId: orders, session.NowNanos);
        if (session.TrySend("8"u8, ref report) != FixSendStatus.Sent)
        {
            Interlocked.Increment(ref _failedSends);
        }

        return FixAppResult.Accepted;
    }
}
