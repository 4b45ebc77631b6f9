using System.Runtime.InteropServices;
using Gateway.Api.Protocol;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

public enum InboundKind : byte
{
    NewOrder = 1,
    CancelOrder = 2,
    ReplaceOrder = 3,
    MassCancel = 4,
    ClientLoggedIn = 5,
    ClientDisconnected = 6,
    VenueReport = 7,

    /// <summary>A request the I/O thread could not hand to its venue (not connected, invalid): the order thread rejects it.</summary>
    VenueSendFailed = 8,
}

/// <summary>
/// An entry of the inbound ring (I/O thread → order thread): a strategy's command or a venue's report, in place.
/// The payloads share one place (a union): the ring holds entries of one size and a hand-over copies only the
/// fields written.
/// <code>
///   0  Kind (u8) · 1 SendResult (u8) · 4 StrategyId (i32) · 8 ReceivedTicks (i64, Stopwatch ticks at the read)
///  16  payload: NewOrderMessage | CancelOrderMessage | ReplaceOrderMessage | MassCancelMessage | VenueReport
/// </code>
/// </summary>
[StructLayout(LayoutKind.Explicit)]
public struct InboundEvent
{
    private const int Payload = 16;

    [FieldOffset(0)]
    public InboundKind Kind;

    /// <summary>VenueSendFailed: why.</summary>
    [FieldOffset(1)]
    public Venues.VenueSendResult SendResult;

    [FieldOffset(4)]
    public int StrategyId;

    [FieldOffset(8)]
    public long ReceivedTicks;

    [FieldOffset(Payload)]
    public NewOrderMessage NewOrder;

    [FieldOffset(Payload)]
    public CancelOrderMessage Cancel;

    [FieldOffset(Payload)]
    public ReplaceOrderMessage Replace;

    [FieldOffset(Payload)]
    public MassCancelMessage MassCancel;

    /// <summary>VenueReport; VenueSendFailed: the request's venue, ClOrdId and kind as a report.</summary>
    [FieldOffset(Payload)]
    public VenueReport Report;
}
