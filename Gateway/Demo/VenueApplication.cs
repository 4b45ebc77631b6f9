using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Demo;

/// <summary>
/// The demo's venue (our acceptor): every NewOrderSingle is acknowledged and filled in full at its limit price at
/// once, two ExecutionReports sent from inside FromApp. Counts what it did; logs nothing per message.
/// </summary>
public sealed class VenueApplication : IFixApplication
{
    private long _orders;
    private long _execId;
    private long _sendFailures;

    public long Orders => Volatile.Read(ref _orders);

    /// <summary>ExecutionReports the session would not send (not logged on, back-pressure, store failure).</summary>
    public long SendFailures => Volatile.Read(ref _sendFailures);

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

        if (!VenueOrder.TryRead(in message, out var order))
        {
            return FixAppResult.BusinessReject(BusinessRejectReason.ConditionallyRequiredFieldMissing);
        }

        var orderId = Volatile.Read(ref _orders) + 1;
        Volatile.Write(ref _orders, orderId);
        var ack = DemoExecutionBody.Ack(in order, orderId, ++_execId, session.NowNanos);
        Count(session.TrySend("8"u8, ref ack));
        var fill = DemoExecutionBody.Fill(in order, orderId, ++_execId, session.NowNanos);
        Count(session.TrySend("8"u8, ref fill));
        return FixAppResult.Accepted;
    }

    private void Count(FixSendStatus status)
    {
        if (status != FixSendStatus.Sent)
        {
            Interlocked.Increment(ref _sendFailures);
        }
    }
}
