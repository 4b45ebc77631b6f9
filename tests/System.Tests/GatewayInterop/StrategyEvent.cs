using Gateway.Api.Protocol;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>Which gateway → strategy message a <see cref="StrategyEvent"/> copies.</summary>
internal enum StrategyEventKind
{
    SessionStatus,
    Error,
    OrderAccepted,
    OrderRejected,
    VenueAccepted,
    Replaced,
    Canceled,
    CancelRejected,
    Fill,
    OrderStatus,
    Disconnected,
}

/// <summary>
/// A copy of one message the strategy received, with the fields these tests look at (the rest left at their
/// defaults). Prices are fixed point, 8 implied decimals.
/// </summary>
internal sealed record StrategyEvent(StrategyEventKind Kind, long ClientOrderId)
{
    public int VenueId { get; init; } = -1;

    /// <summary>Fill: the fill's quantity; Canceled: what was left.</summary>
    public long Quantity { get; init; }

    public long Price { get; init; }

    public long CumQuantity { get; init; }

    public long LeavesQuantity { get; init; }

    public FillKind FillKind { get; init; }

    public CancelReason CancelReason { get; init; }

    public RejectReason RejectReason { get; init; }

    public SessionStatusCode Status { get; init; }

    /// <summary>OrderStatus: where the order stands.</summary>
    public OrderStatus OrderState { get; init; }

    /// <summary>CancelRejected: the refused request's id (the replacement's, for a replace).</summary>
    public long RequestClientOrderId { get; init; }

    public string Text { get; init; } = "";
}
