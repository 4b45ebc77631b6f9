using Gateway.Api.Protocol;

namespace Gateway.Api.Client;

/// <summary>
/// What a strategy does with the gateway's messages. Pass a struct to <see cref="GatewayClient.Poll{THandler}"/> so
/// the JIT calls it directly (no interface call, no boxing); a class works in callback mode
/// (<see cref="GatewayClient.StartReceiving"/>). Messages are passed by reference into the receive buffer's copy:
/// copy what you keep. There are no default implementations on purpose: a default interface method called on a
/// struct boxes it.
/// </summary>
public interface IGatewayMessageHandler
{
    void OnSessionStatus(in SessionStatusMessage message);

    void OnError(in ErrorMessage message);

    void OnOrderAccepted(in OrderAcceptedMessage message);

    void OnOrderRejected(in OrderRejectedMessage message);

    void OnVenueAccepted(in VenueAcceptedMessage message);

    void OnReplaced(in ReplacedMessage message);

    void OnCanceled(in CanceledMessage message);

    void OnCancelRejected(in CancelRejectedMessage message);

    void OnFill(in FillMessage message);

    /// <summary>After a login: where one of the strategy's orders stands (see <see cref="OrderStatusMessage"/>).</summary>
    void OnOrderStatus(in OrderStatusMessage message);

    /// <summary>Once, when the connection is gone: <paramref name="reason"/> says who ended it.</summary>
    void OnDisconnected(DisconnectReason reason);
}
