using Gateway.Sessions.Soup;
using Gateway.Venues.Ouch.Codec42;

namespace Gateway.System.Tests.OuchInterop;

/// <summary>
/// An OUCH 4.2 venue that answers with every outbound message type, for the capture test: System Event at login;
/// an Enter Order → Accepted, Executed (40 shares), Priority Update, Order Modified, Broken Trade (or Rejected 'S'
/// for a short sale); Replace → Replaced; Cancel of a live order → Cancel Pending, Canceled; Cancel of a dead one →
/// Cancel Reject. Keeps every message it was given and every one it sent, in order.
/// </summary>
internal sealed class ScriptedOuchVenue : ISoupServerHandler
{
    public const uint Executed = 40;
    private readonly byte[] _m = new byte[128];
    private readonly Dictionary<string, uint> _open = new(StringComparer.Ordinal);
    private ulong _reference;
    private ulong _timestamp = 34_200_000_000_000; // 09:30

    public SoupServerSession? Server { get; set; }

    public List<byte[]> Received { get; } = [];

    public List<byte[]> Sent { get; } = [];

    public int Logins { get; private set; }

    public void OnLogin(long nextSequence)
    {
        Logins++;
        Send(Ouch42Writer.SystemEvent(_m, ++_timestamp, (byte)'S'));
    }

    public void OnUnsequencedData(ReadOnlySpan<byte> message)
    {
        Received.Add(message.ToArray());
        switch (message[0])
        {
            case Ouch42Layout.EnterOrderType:
                OnEnter(new Ouch42EnterOrder(message));
                break;
            case Ouch42Layout.ReplaceOrderType:
                OnReplace(new Ouch42ReplaceOrder(message));
                break;
            case Ouch42Layout.CancelOrderType:
                OnCancel(new Ouch42CancelOrder(message));
                break;
        }
    }

    public void OnLogout() { }

    public void OnDisconnected() { }

    private void OnEnter(Ouch42EnterOrder order)
    {
        if (order.Side == (byte)'T')
        {
            Send(Ouch42Writer.Rejected(_m, ++_timestamp, order.Token, (byte)'S'));
            return;
        }

        var reference = ++_reference;
        Send(Ouch42Writer.Accepted(_m, ++_timestamp, order.Token, order.Side, order.Shares, order.Stock, order.Price,
            order.TimeInForce, order.Firm, order.Display, reference, order.Capacity, order.IntermarketSweep,
            order.MinimumQuantity, order.CrossType, (byte)'L', (byte)' '));
        Send(Ouch42Writer.Executed(_m, ++_timestamp, order.Token, Executed, order.Price, (byte)'A', 1000 + reference));
        Send(Ouch42Writer.PriorityUpdate(_m, ++_timestamp, order.Token, order.Price, order.Display, reference));
        Send(Ouch42Writer.OrderModified(_m, ++_timestamp, order.Token, order.Side, order.Shares - Executed));
        Send(Ouch42Writer.BrokenTrade(_m, ++_timestamp, order.Token, 1000 + reference, (byte)'E'));
        _open[Key(order.Token)] = order.Shares - Executed;
    }

    private void OnReplace(Ouch42ReplaceOrder replace)
    {
        _open.Remove(Key(replace.ExistingToken));
        _open[Key(replace.ReplacementToken)] = replace.Shares;
        Send(Ouch42Writer.Replaced(_m, ++_timestamp, replace.ReplacementToken, (byte)'B', replace.Shares, "AAPL"u8,
            replace.Price, replace.TimeInForce, "FIRM"u8, replace.Display, ++_reference, (byte)'A', replace.IntermarketSweep,
            replace.MinimumQuantity, (byte)'N', (byte)'L', replace.ExistingToken, (byte)' '));
    }

    private void OnCancel(Ouch42CancelOrder cancel)
    {
        if (!_open.Remove(Key(cancel.Token), out var open))
        {
            Send(Ouch42Writer.CancelReject(_m, ++_timestamp, cancel.Token));
            return;
        }

        Send(Ouch42Writer.CancelPending(_m, ++_timestamp, cancel.Token));
        Send(Ouch42Writer.Canceled(_m, ++_timestamp, cancel.Token, open, (byte)'U'));
    }

    private static string Key(ReadOnlySpan<byte> token) => global::System.Text.Encoding.ASCII.GetString(token);

    private void Send(int length)
    {
        Sent.Add(_m.AsSpan(0, length).ToArray());
        Server!.SendSequenced(_m.AsSpan(0, length));
    }
}
