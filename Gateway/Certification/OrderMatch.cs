using Gateway.Api.Protocol;

namespace Gateway.Certification;

/// <summary>Whether a message the strategy received is what an <see cref="ExpectOrderStep"/> waits for.</summary>
internal static class OrderMatch
{
    public static bool Matches(ExpectOrderStep expect, long id, object message) => expect.Event switch
    {
        OrderEvent.Accepted => message is OrderAcceptedMessage m && m.ClientOrderId == id,
        OrderEvent.VenueAccepted => message is VenueAcceptedMessage m && m.ClientOrderId == id,
        OrderEvent.PartialFill => message is FillMessage m && m.ClientOrderId == id && m.Kind == FillKind.Partial && Fill(expect, m),
        OrderEvent.Fill => message is FillMessage m && m.ClientOrderId == id && m.Kind == FillKind.Full && Fill(expect, m),
        OrderEvent.Canceled => message is CanceledMessage m && m.ClientOrderId == id
            && (expect.Reason is null || m.Reason.ToString() == expect.Reason),
        OrderEvent.Replaced => message is ReplacedMessage m && m.ClientOrderId == id
            && (expect.Quantity is null || m.Quantity == expect.Quantity)
            && (expect.Price is null || m.Price == FixedPoint.FromDecimal(expect.Price.Value)),
        OrderEvent.Rejected => message is OrderRejectedMessage m && m.ClientOrderId == id
            && (expect.Reason is null || m.Reason.ToString() == expect.Reason)
            && (expect.Check is null || ApiMessageText.RiskCheckName(m.RiskCheck) == expect.Check)
            && TextHas(expect, m.Text.ToString()),
        OrderEvent.CancelRejected => message is CancelRejectedMessage m && (m.ClientOrderId == id || m.RequestClientOrderId == id)
            && (expect.Reason is null || m.Reason.ToString() == expect.Reason)
            && TextHas(expect, m.Text.ToString()),
        _ => false,
    };

    /// <summary>A message that ends the order, so that waiting longer for anything but it is pointless.</summary>
    public static bool IsRefusal(long id, object message) => message is OrderRejectedMessage m && m.ClientOrderId == id;

    private static bool Fill(ExpectOrderStep expect, in FillMessage m) =>
        (expect.Quantity is null || m.Quantity == expect.Quantity)
        && (expect.Price is null || m.Price == FixedPoint.FromDecimal(expect.Price.Value));

    private static bool TextHas(ExpectOrderStep expect, string text) =>
        expect.TextContains is null || text.Contains(expect.TextContains, StringComparison.OrdinalIgnoreCase);
}
