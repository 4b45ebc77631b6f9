using Gateway.Api.Protocol;

namespace Gateway.Api.Client;

/// <summary>Login's handler: keeps the session status and error that answer a login (cold path, may allocate).</summary>
internal struct LoginWaiter : IGatewayMessageHandler
{
    public SessionStatusCode Status;
    public ErrorCode Error;
    public string? Text;
    public DisconnectReason Disconnect;

    public void OnSessionStatus(in SessionStatusMessage message)
    {
        if (message.Code is SessionStatusCode.LoggedIn or SessionStatusCode.LoginRejected)
        {
            Status = message.Code;
            Text = message.Text.ToString();
        }
    }

    public void OnError(in ErrorMessage message)
    {
        Error = message.Code;
        Text ??= message.Text.ToString();
    }

    public void OnDisconnected(DisconnectReason reason) => Disconnect = reason;

    public void OnOrderAccepted(in OrderAcceptedMessage message) { }

    public void OnOrderRejected(in OrderRejectedMessage message) { }

    public void OnVenueAccepted(in VenueAcceptedMessage message) { }

    public void OnReplaced(in ReplacedMessage message) { }

    public void OnCanceled(in CanceledMessage message) { }

    public void OnCancelRejected(in CancelRejectedMessage message) { }

    public void OnFill(in FillMessage message) { }

    public void OnOrderStatus(in OrderStatusMessage message) { }
}

/// <summary>Callback mode: a struct over the caller's handler object, so the one Poll serves both modes.</summary>
internal readonly struct ForwardingHandler(IGatewayMessageHandler inner) : IGatewayMessageHandler
{
    public void OnSessionStatus(in SessionStatusMessage message) => inner.OnSessionStatus(in message);

    public void OnError(in ErrorMessage message) => inner.OnError(in message);

    public void OnOrderAccepted(in OrderAcceptedMessage message) => inner.OnOrderAccepted(in message);

    public void OnOrderRejected(in OrderRejectedMessage message) => inner.OnOrderRejected(in message);

    public void OnVenueAccepted(in VenueAcceptedMessage message) => inner.OnVenueAccepted(in message);

    public void OnReplaced(in ReplacedMessage message) => inner.OnReplaced(in message);

    public void OnCanceled(in CanceledMessage message) => inner.OnCanceled(in message);

    public void OnCancelRejected(in CancelRejectedMessage message) => inner.OnCancelRejected(in message);

    public void OnFill(in FillMessage message) => inner.OnFill(in message);

    public void OnOrderStatus(in OrderStatusMessage message) => inner.OnOrderStatus(in message);

    public void OnDisconnected(DisconnectReason reason) => inner.OnDisconnected(reason);
}
