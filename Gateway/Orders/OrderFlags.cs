namespace Gateway.Orders;

[Flags]
public enum OrderFlags : byte
{
    None = 0,

    /// <summary>The gateway asked for the cancel (kill switch, disconnect, mass cancel): <see cref="OrderRecord.CancelReason"/> says which.</summary>
    GatewayCancel = 1,

    /// <summary>A cancel came while a replace was pending: it is sent once the venue answers the replace.</summary>
    CancelDeferred = 2,
}
