using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>
/// What a strategy received, in order: each message copied as it arrived on the client's receiving thread; the test
/// thread waits for the one it expects with a deadline.
/// </summary>
internal sealed class FlowRecorder : IGatewayMessageHandler
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly List<object> _received = [];

    public IReadOnlyList<T> All<T>()
    {
        lock (_received)
        {
            return _received.OfType<T>().ToArray();
        }
    }

    public int Count<T>(Func<T, bool> match) => All<T>().Count(match);

    /// <summary>Waits up to <see cref="Deadline"/> for the first message of type T that matches, and returns it.</summary>
    public T WaitFor<T>(Func<T, bool> match, CancellationToken cancellation, string what)
    {
        T found = default!;
        Wait.Until(
            () =>
            {
                var hit = All<T>().Where(match).Take(1).ToArray();
                if (hit.Length == 0)
                {
                    return false;
                }

                found = hit[0];
                return true;
            },
            Deadline, cancellation, what, Describe);
        return found;
    }

    /// <summary>Every message so far, one a line: the failure message of a wait that timed out.</summary>
    public string Describe()
    {
        lock (_received)
        {
            return "received: " + string.Join(Environment.NewLine + "  ", _received.Select(Format));
        }
    }

    public void OnSessionStatus(in SessionStatusMessage message) => Add(message);

    public void OnError(in ErrorMessage message) => Add(message);

    public void OnOrderAccepted(in OrderAcceptedMessage message) => Add(message);

    public void OnOrderRejected(in OrderRejectedMessage message) => Add(message);

    public void OnVenueAccepted(in VenueAcceptedMessage message) => Add(message);

    public void OnReplaced(in ReplacedMessage message) => Add(message);

    public void OnCanceled(in CanceledMessage message) => Add(message);

    public void OnCancelRejected(in CancelRejectedMessage message) => Add(message);

    public void OnFill(in FillMessage message) => Add(message);

    public void OnOrderStatus(in OrderStatusMessage message) => Add(message);

    public void OnDisconnected(DisconnectReason reason) => Add(reason);

    private void Add(object message)
    {
        lock (_received)
        {
            _received.Add(message);
        }
    }

    private static string Format(object message) => message switch
    {
        SessionStatusMessage m => $"SessionStatus {m.Code} venue={m.VenueId} '{m.Text}'",
        ErrorMessage m => $"Error {m.Code} ref={m.RefType} '{m.Text}'",
        OrderAcceptedMessage m => $"OrderAccepted {m.ClientOrderId} gw={m.GatewayOrderId} venue={m.VenueId}",
        OrderRejectedMessage m => $"OrderRejected {m.ClientOrderId} {m.Reason} check={m.RiskCheck} limit={m.Limit} actual={m.Actual} '{m.Text}'",
        VenueAcceptedMessage m => $"VenueAccepted {m.ClientOrderId} venueOrderId={m.VenueOrderId}",
        ReplacedMessage m => $"Replaced {m.OrigClientOrderId}->{m.ClientOrderId} qty={m.Quantity} px={m.Price} leaves={m.LeavesQuantity}",
        CanceledMessage m => $"Canceled {m.ClientOrderId} qty={m.CanceledQuantity} {m.Reason}",
        CancelRejectedMessage m => $"CancelRejected {m.ClientOrderId} req={m.RequestClientOrderId} {m.Reason} {m.ResponseTo} '{m.Text}'",
        FillMessage m => $"Fill {m.ClientOrderId} {m.Quantity}@{m.Price} cum={m.CumQuantity} leaves={m.LeavesQuantity} {m.Kind} exec={m.ExecId}",
        OrderStatusMessage m => $"OrderStatus {m.ClientOrderId} {m.Status} cum={m.CumQuantity} leaves={m.LeavesQuantity}",
        _ => message.ToString() ?? "",
    };
}
