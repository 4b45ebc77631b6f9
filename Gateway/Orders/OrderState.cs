namespace Gateway.Orders;

/// <summary>Where an order stands. The last five are final: nothing changes an order once it is there.</summary>
public enum OrderState : byte
{
    /// <summary>Sent to the venue (a new order, or a replacement not yet confirmed), not acknowledged.</summary>
    PendingNew = 1,
    New = 2,
    PartiallyFilled = 3,

    /// <summary>A cancel was sent; <see cref="OrderRecord.PriorState"/> is where the order goes back to if it is refused.</summary>
    PendingCancel = 4,

    /// <summary>A replace was sent; the replacement is a record of its own in <see cref="OrderState.PendingNew"/>.</summary>
    PendingReplace = 5,

    Filled = 10,
    Canceled = 11,

    /// <summary>The venue replaced the order: the replacement record carries it on.</summary>
    Replaced = 12,

    Rejected = 13,
    Expired = 14,
}

public static class OrderStates
{
    public static bool IsFinal(this OrderState state) => state >= OrderState.Filled;

    public static bool IsPending(this OrderState state) =>
        state is OrderState.PendingNew or OrderState.PendingCancel or OrderState.PendingReplace;
}
