using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.RiskChecks;

namespace Gateway.Certification;

/// <summary>Binary API messages as one line of text for the report, with the case's labels for client order ids.</summary>
internal static class ApiMessageText
{
    public static string Format(object message, Func<long, string> label) => message switch
    {
        SessionStatusMessage m => $"SessionStatus {m.Code} venue={m.VenueId}{Quoted(m.Text.ToString())}",
        ErrorMessage m => $"Error {m.Code} ref={m.RefType} order={label(m.ClientOrderId)}{Quoted(m.Text.ToString())}",
        OrderAcceptedMessage m => $"OrderAccepted {label(m.ClientOrderId)} gatewayOrderId={m.GatewayOrderId} venue={m.VenueId}",
        OrderRejectedMessage m => $"OrderRejected {label(m.ClientOrderId)} {m.Reason}{Check(m)}{Quoted(m.Text.ToString())}",
        VenueAcceptedMessage m => $"VenueAccepted {label(m.ClientOrderId)} venueOrderId={m.VenueOrderId}",
        ReplacedMessage m => $"Replaced {label(m.OrigClientOrderId)} -> {label(m.ClientOrderId)} qty={m.Quantity} price={Price(m.Price)} leaves={m.LeavesQuantity}",
        CanceledMessage m => $"Canceled {label(m.ClientOrderId)} qty={m.CanceledQuantity} {m.Reason}",
        CancelRejectedMessage m => $"CancelRejected {label(m.ClientOrderId)} request={label(m.RequestClientOrderId)} {m.Reason} ({m.ResponseTo}){Quoted(m.Text.ToString())}",
        FillMessage m => $"Fill {label(m.ClientOrderId)} {m.Kind} {m.Quantity} at {Price(m.Price)} cum={m.CumQuantity} leaves={m.LeavesQuantity} execId={m.ExecId}",
        OrderStatusMessage m => $"OrderStatus {label(m.ClientOrderId)} {m.Status} cum={m.CumQuantity} leaves={m.LeavesQuantity}",
        DisconnectReason r => $"Disconnected ({r})",
        _ => message.ToString() ?? "",
    };

    public static string Price(long price) => FixedPoint.ToDecimal(price).ToString("0.########", System.Globalization.CultureInfo.InvariantCulture);

    public static string RiskCheckName(ushort check) => Enum.IsDefined((RiskCheck)check) ? ((RiskCheck)check).ToString() : $"#{check}";

    private static string Check(in OrderRejectedMessage m) => m.RiskCheck == 0 ? "" : $" check={RiskCheckName(m.RiskCheck)} limit={m.Limit} actual={m.Actual}";

    private static string Quoted(string text) => text.Length == 0 ? "" : $" \"{text}\"";
}
