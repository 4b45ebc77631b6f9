namespace Gateway.Simulators.Matching;

/// <summary>An order as an event reports it: identity and quantities after the event.</summary>
public readonly struct OrderState
{
    public long OrderId { get; init; }

    public int Symbol { get; init; }

    public int Owner { get; init; }

    public long ClientRef { get; init; }

    public MatchSide Side { get; init; }

    public MatchOrderType Type { get; init; }

    /// <summary>The limit price (0 for a market order).</summary>
    public long Price { get; init; }

    /// <summary>The order's total quantity.</summary>
    public long Quantity { get; init; }

    public long Filled { get; init; }

    /// <summary>What is still working: zero once the order is filled or canceled.</summary>
    public long Leaves { get; init; }

    public bool IsMarketMaker => Owner < 0;
}

/// <summary>One match between an incoming (aggressor) order and a resting one, reported once for both sides.</summary>
public readonly struct Trade
{
    public long TradeId { get; init; }

    public int Symbol { get; init; }

    /// <summary>The resting order's price.</summary>
    public long Price { get; init; }

    public long Quantity { get; init; }

    public OrderState Aggressor { get; init; }

    public OrderState Resting { get; init; }
}
