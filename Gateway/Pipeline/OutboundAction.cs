using System.Runtime.InteropServices;
using Gateway.Api.Protocol;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

public enum OutboundKind : byte
{
    /// <summary>A request for a venue's adapter.</summary>
    Venue = 1,

    /// <summary>A message for a strategy's connection; <see cref="OutboundAction.ClientType"/> says which.</summary>
    Client = 2,
}

/// <summary>
/// An entry of the outbound ring (order thread → I/O thread): a venue request or a message to a strategy, in place.
/// <code>
///   0  Kind (u8) · 1 ClientType (u8) · 4 StrategyId (i32) · 8 ReceivedTicks (i64: the strategy's frame, for wire-to-wire)
///  16  payload: VenueRequest | one of the gateway → strategy messages
/// </code>
/// </summary>
[StructLayout(LayoutKind.Explicit)]
public struct OutboundAction
{
    private const int Payload = 16;

    [FieldOffset(0)]
    public OutboundKind Kind;

    [FieldOffset(1)]
    public MessageType ClientType;

    [FieldOffset(4)]
    public int StrategyId;

    /// <summary>Venue requests made from a strategy's frame: when it was read (0 otherwise).</summary>
    [FieldOffset(8)]
    public long ReceivedTicks;

    [FieldOffset(Payload)]
    public VenueRequest Request;

    [FieldOffset(Payload)]
    public SessionStatusMessage SessionStatus;

    [FieldOffset(Payload)]
    public OrderAcceptedMessage OrderAccepted;

    [FieldOffset(Payload)]
    public OrderRejectedMessage OrderRejected;

    [FieldOffset(Payload)]
    public VenueAcceptedMessage VenueAccepted;

    [FieldOffset(Payload)]
    public ReplacedMessage Replaced;

    [FieldOffset(Payload)]
    public CanceledMessage Canceled;

    [FieldOffset(Payload)]
    public CancelRejectedMessage CancelRejected;

    [FieldOffset(Payload)]
    public FillMessage Fill;

    [FieldOffset(Payload)]
    public OrderStatusMessage OrderStatus;
}
