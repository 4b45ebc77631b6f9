namespace Gateway.Api.Protocol;

/// <summary>The one-byte message type of <see cref="MessageHeader"/>. Below 0x80: strategy → gateway; from 0x80: gateway → strategy.</summary>
public enum MessageType : byte
{
    // Strategy → gateway.
    Login = 0x01,
    Heartbeat = 0x02,
    Logout = 0x03,
    NewOrder = 0x10,
    CancelOrder = 0x11,
    ReplaceOrder = 0x12,
    MassCancel = 0x13,

    // Gateway → strategy.
    SessionStatus = 0x80,
    Error = 0x81,
    OrderAccepted = 0x90,
    OrderRejected = 0x91,
    VenueAccepted = 0x92,
    Replaced = 0x93,
    Canceled = 0x94,
    CancelRejected = 0x95,
    Fill = 0x96,
    OrderStatus = 0x97,
}
