namespace Gateway.Simulators.Matching;

public enum MatchSide : byte
{
    Buy = 1,
    Sell = 2,
}

public enum MatchOrderType : byte
{
    /// <summary>Trades at its price or better; the remainder rests (Day) or is canceled (IOC, FOK).</summary>
    Limit = 1,

    /// <summary>Trades at any price against what rests; the remainder is always canceled (never rests).</summary>
    Market = 2,
}

public enum MatchTimeInForce : byte
{
    /// <summary>Rests until filled or canceled (GTC and the other resting kinds are treated the same).</summary>
    Day = 0,

    /// <summary>Trades what it can at once; the remainder is canceled.</summary>
    ImmediateOrCancel = 3,

    /// <summary>Trades in full at once or not at all (canceled without a trade).</summary>
    FillOrKill = 4,
}

/// <summary>Why a new order was refused before it reached the book.</summary>
public enum MatchRejectReason : byte
{
    None = 0,
    UnknownSymbol,
    InvalidQuantity,
    InvalidPrice,
    InvalidSide,
}

/// <summary>Why an order left the book without being filled in full.</summary>
public enum MatchCancelReason : byte
{
    /// <summary>A cancel request.</summary>
    Requested = 0,

    /// <summary>The unfilled remainder of an IOC order (or a market order that found some liquidity).</summary>
    ImmediateOrCancelRemainder,

    /// <summary>A FOK order that could not trade in full: canceled without trading.</summary>
    FillOrKillUnfilled,

    /// <summary>A market order that found nothing to trade against.</summary>
    NoLiquidity,

    /// <summary>The market maker withdrew its quote (a new reference price).</summary>
    Requoted,
}

/// <summary>Why a cancel or replace request was refused.</summary>
public enum MatchCancelRejectReason : byte
{
    /// <summary>No order with this id was ever accepted.</summary>
    UnknownOrder = 0,

    /// <summary>The order was accepted but is no longer live (filled or canceled).</summary>
    TooLate,

    /// <summary>A replace to a quantity not above what is already filled.</summary>
    QuantityNotAboveFilled,

    /// <summary>A replace with a price of zero or less.</summary>
    InvalidPrice,
}
