using Gateway.Api.Client;
using Gateway.Api.Protocol;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// The strategy's handler in callback mode: copies every message the gateway sends into a list the test thread
/// reads. Test code, off any hot path: a lock guards the list.
/// </summary>
internal sealed class StrategyRecorder : IGatewayMessageHandler
{
    private readonly List<StrategyEvent> _events = [];
    private readonly List<Exception> _errors = [];

    public IReadOnlyList<StrategyEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>What the handler threw on the receiving thread (none expected).</summary>
    public IReadOnlyList<Exception> Errors
    {
        get
        {
            lock (_events)
            {
                return [.. _errors];
            }
        }
    }

    public void OnHandlerError(Exception error)
    {
        lock (_events)
        {
            _errors.Add(error);
        }
    }

    public void OnSessionStatus(in SessionStatusMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.SessionStatus, 0)
        {
            Status = message.Code,
            VenueId = message.VenueId,
            Text = message.Text.ToString(),
        });

    public void OnError(in ErrorMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.Error, message.ClientOrderId) { Text = $"{message.Code}: {message.Text}" });

    public void OnOrderAccepted(in OrderAcceptedMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.OrderAccepted, message.ClientOrderId) { VenueId = message.VenueId });

    public void OnOrderRejected(in OrderRejectedMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.OrderRejected, message.ClientOrderId)
        {
            VenueId = message.VenueId,
            RejectReason = message.Reason,
            Text = message.Text.ToString(),
        });

    public void OnVenueAccepted(in VenueAcceptedMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.VenueAccepted, message.ClientOrderId) { VenueId = message.VenueId });

    public void OnReplaced(in ReplacedMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.Replaced, message.ClientOrderId));

    public void OnCanceled(in CanceledMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.Canceled, message.ClientOrderId)
        {
            Quantity = message.CanceledQuantity,
            CancelReason = message.Reason,
        });

    public void OnCancelRejected(in CancelRejectedMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.CancelRejected, message.ClientOrderId)
        {
            RejectReason = message.Reason,
            RequestClientOrderId = message.RequestClientOrderId,
            Text = message.Text.ToString(),
        });

    public void OnFill(in FillMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.Fill, message.ClientOrderId)
        {
            Quantity = message.Quantity,
            Price = message.Price,
            CumQuantity = message.CumQuantity,
            LeavesQuantity = message.LeavesQuantity,
            FillKind = message.Kind,
        });

    public void OnOrderStatus(in OrderStatusMessage message) =>
        Add(new StrategyEvent(StrategyEventKind.OrderStatus, message.ClientOrderId)
        {
            VenueId = message.VenueId,
            OrderState = message.Status,
            CumQuantity = message.CumQuantity,
            LeavesQuantity = message.LeavesQuantity,
        });

    public void OnDisconnected(DisconnectReason reason) =>
        Add(new StrategyEvent(StrategyEventKind.Disconnected, 0) { Text = reason.ToString() });

    private void Add(StrategyEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }
}
