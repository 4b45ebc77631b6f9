namespace Gateway.Api.Protocol;

// The numeric values equal those of Gateway.RiskChecks.Orders and Gateway.Venues.Orders, so the gateway maps them
// with a cast (a test holds them equal).

public enum Side : byte
{
    Buy = 1,
    Sell = 2,
    SellShort = 3,
}

public enum OrderType : byte
{
    Limit = 1,
    Market = 2,
}

public enum TimeInForce : byte
{
    Day = 0,
    GoodTillCancel = 1,
    ImmediateOrCancel = 2,
    FillOrKill = 3,
}

/// <summary>Why the gateway (or the venue) refused an order, a cancel or a replace.</summary>
public enum RejectReason : ushort
{
    None = 0,

    /// <summary>A pre-trade risk check failed: <c>RiskCheck</c>, <c>Limit</c> and <c>Actual</c> say which and by how much.</summary>
    RiskCheck = 1,
    UnknownVenue = 2,
    VenueNotConnected = 3,
    DuplicateClientOrderId = 4,
    UnknownOrder = 5,
    NotLoggedIn = 6,
    InvalidField = 7,

    /// <summary>The venue refused it; <c>Text</c> carries the venue's reason.</summary>
    VenueRejected = 8,

    /// <summary>The order is filled, canceled or rejected already.</summary>
    OrderNotOpen = 9,

    /// <summary>A cancel or replace of this order is still waiting for the venue.</summary>
    RequestPending = 10,

    /// <summary>The gateway's queues or tables are full; nothing was sent.</summary>
    GatewayBusy = 11,
    UnknownInstrument = 12,
}

/// <summary>Why an order was canceled.</summary>
public enum CancelReason : byte
{
    Requested = 1,
    MassCancel = 2,
    KillSwitch = 3,
    Disconnect = 4,

    /// <summary>The venue canceled what an IOC or FOK order could not fill at once.</summary>
    ImmediateOrCancel = 5,

    /// <summary>The venue canceled it on its own (unsolicited).</summary>
    Venue = 6,
    Expired = 7,
}

public enum SessionStatusCode : byte
{
    LoggedIn = 1,
    LoginRejected = 2,
    LoggedOut = 3,
    VenueUp = 4,
    VenueDown = 5,
    KillSwitchOn = 6,
    KillSwitchOff = 7,
}

/// <summary>A protocol error; the connection stays open unless the framing itself is broken.</summary>
public enum ErrorCode : ushort
{
    UnknownMessageType = 1,
    BadLength = 2,
    BadVersion = 3,
    NotLoggedIn = 4,
    AlreadyLoggedIn = 5,
    BadToken = 6,
    UnknownStrategy = 7,
}

public enum FillKind : byte
{
    Partial = 1,
    Full = 2,
}

public enum CancelRejectResponseTo : byte
{
    Cancel = 1,
    Replace = 2,
}
