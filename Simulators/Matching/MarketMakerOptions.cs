namespace Gateway.Simulators.Matching;

/// <summary>
/// The built-in market maker of every symbol with a reference price: <see cref="Levels"/> bids and asks of
/// <see cref="Size"/> each, <see cref="SpreadTicks"/> apart at the top and one tick apart behind, topped up to
/// <see cref="Size"/> after every trade that touches them.
/// </summary>
/// <remarks>
/// Best bid = reference − (SpreadTicks / 2) ticks; best ask = best bid + SpreadTicks ticks. With the defaults and a
/// reference of 190.00: bids 189.99, 189.98, ... and asks 190.01, 190.02, ... (5 levels of 100).
/// </remarks>
public sealed record MarketMakerOptions
{
    public static MarketMakerOptions Default { get; } = new();

    /// <summary>False: no quotes, the book holds client orders only.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The tick in fixed point (8 implied decimals): 0.01 by default.</summary>
    public long TickSize { get; init; } = Prices.One / 100;

    /// <summary>Distance between the best bid and the best ask, in ticks (at least 1).</summary>
    public int SpreadTicks { get; init; } = 2;

    /// <summary>Quantity quoted at each level.</summary>
    public long Size { get; init; } = 100;

    /// <summary>Price levels quoted on each side.</summary>
    public int Levels { get; init; } = 5;

    /// <summary>
    /// True: a client limit order that would rest is taken by the market maker at once, at its own price (New then
    /// Fill), so every order reaches a final state whatever its price. False (default): it rests like on a venue.
    /// </summary>
    public bool FillRestingOrders { get; init; }

    internal void Validate()
    {
        if (TickSize <= 0 || SpreadTicks < 1 || Size <= 0 || Levels < 1 || Levels > 1000)
        {
            throw new ArgumentException(
                $"market maker: TickSize > 0, SpreadTicks ≥ 1, Size > 0 and 1 ≤ Levels ≤ 1000 (got {this})");
        }
    }
}
