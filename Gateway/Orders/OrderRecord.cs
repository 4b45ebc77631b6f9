using System.Runtime.InteropServices;
using Gateway.Api.Protocol;
using Gateway.Venues.Orders;
using OrderType = Gateway.Api.Protocol.OrderType;
using Side = Gateway.Api.Protocol.Side;
using TimeInForce = Gateway.Api.Protocol.TimeInForce;

namespace Gateway.Orders;

/// <summary>
/// One order per (strategy, client order id): a replace makes a record of its own for the new client order id,
/// linked both ways to the original. Blittable and fixed size, so it is also the journal's record: the pipeline
/// appends a copy of every record a change touched, and <see cref="OrderBook.Apply"/> rebuilds the book from them.
/// Quantities are whole units; prices have 8 implied decimals.
/// </summary>
/// <code>
///  off  type          field                 off  type          field
///    0  int           Index                  48  long          Quantity
///    4  int           StrategyId             56  long          Price
///    8  int           AccountId              64  long          CumQuantity
///   12  int           InstrumentId           72  long          LeavesQuantity
///   16  int           VenueId                80  long          ClOrdId
///   20  int           ReplacesIndex          88  long          PendingClOrdId
///   24  int           ReplacedByIndex        96  long          LastVenueSequence
///   28  Side          Side                  104  long          CreatedNanos
///   29  OrderType     OrderType             112  long          UpdatedNanos
///   30  TimeInForce   TimeInForce           120  long          FilledNotional
///   31  OrderState    State                 128  VenueText     VenueOrderId (32 bytes + length)
///   32  OrderState    PriorState            161  (pad)
///                                           168  (end)
///   33  CancelReason  CancelReason
///   34  OrderFlags    Flags
///   35  byte          Reserved
///   36  int           Reserved2
///   40  long          ClientOrderId
/// </code>
[StructLayout(LayoutKind.Sequential)]
public struct OrderRecord
{
    public const int Size = 168;

    /// <summary>The record's place in the book (its order of arrival).</summary>
    public int Index;

    public int StrategyId;
    public int AccountId;
    public int InstrumentId;
    public int VenueId;

    /// <summary>The record this one replaces (−1: none). Set when the replace is sent.</summary>
    public int ReplacesIndex;

    /// <summary>The record replacing this one (−1: none): pending while this one is <see cref="OrderState.PendingReplace"/>.</summary>
    public int ReplacedByIndex;

    public Side Side;
    public OrderType OrderType;
    public TimeInForce TimeInForce;
    public OrderState State;

    /// <summary>The state before a pending cancel or replace: where a refusal sends the order back.</summary>
    public OrderState PriorState;

    /// <summary>Why the order is (to be) canceled; set when a cancel is asked for, kept when it is done.</summary>
    public CancelReason CancelReason;

    public OrderFlags Flags;
    public byte Reserved;
    public int Reserved2;

    public long ClientOrderId;

    /// <summary>Total quantity (a replacement's new total, including what the original filled).</summary>
    public long Quantity;

    public long Price;

    /// <summary>Filled so far; a replacement starts from what the original had filled.</summary>
    public long CumQuantity;

    /// <summary>Still working at the venue: Quantity − CumQuantity while open, 0 once final.</summary>
    public long LeavesQuantity;

    /// <summary>The request id the venue knows this order by: its new-order request, or for a replacement the replace request.</summary>
    public long ClOrdId;

    /// <summary>The id of the cancel or replace request waiting for the venue (0: none).</summary>
    public long PendingClOrdId;

    /// <summary>The venue sequence number of the last report that changed this record.</summary>
    public long LastVenueSequence;

    public long CreatedNanos;
    public long UpdatedNanos;

    /// <summary>Σ price × quantity of the fills (8 implied decimals, saturated), carried over by a replace like CumQuantity.</summary>
    public long FilledNotional;

    public VenueText VenueOrderId;

    public readonly bool IsFinal => State.IsFinal();

    /// <summary>The average fill price (8 implied decimals, rounded down), 0 before the first fill.</summary>
    public readonly long AveragePrice => CumQuantity > 0 ? FilledNotional / CumQuantity : 0;

    /// <summary>A replacement the venue has not confirmed: the original stands for it until then.</summary>
    public readonly bool IsPendingReplacement => State == OrderState.PendingNew && ReplacesIndex >= 0;

    /// <summary>Working or about to work at the venue: not final, and not a replacement waiting for confirmation.</summary>
    public readonly bool IsOpen => !IsFinal && !IsPendingReplacement;
}
