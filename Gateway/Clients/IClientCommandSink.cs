using Gateway.Api.Protocol;

namespace Gateway.Clients;

/// <summary>
/// Where <see cref="ClientServer"/> hands what strategies send, on the thread calling <see cref="ClientServer.DoWork"/>.
/// Messages are references into the connection's receive buffer: copy what you keep before returning.
/// </summary>
public interface IClientCommandSink
{
    /// <summary>
    /// Whether the sink takes another command now. When it does not, <see cref="ClientServer"/> leaves the strategy's
    /// bytes unread (TCP flow control holds the strategy back) instead of handing over a command the sink would have
    /// to wait for: on a shared thread the sink's consumer runs only once the hand-over returns.
    /// </summary>
    bool HasRoom => true;

    void OnLoggedIn(int strategyId);

    /// <summary>Logout, drop, timeout or error, after a successful login.</summary>
    void OnDisconnected(int strategyId);

    /// <param name="receivedTicks"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> right after the socket read that completed the frame.</param>
    void OnNewOrder(int strategyId, in NewOrderMessage message, long receivedTicks);

    void OnCancelOrder(int strategyId, in CancelOrderMessage message, long receivedTicks);

    void OnReplaceOrder(int strategyId, in ReplaceOrderMessage message, long receivedTicks);

    void OnMassCancel(int strategyId, in MassCancelMessage message, long receivedTicks);
}
