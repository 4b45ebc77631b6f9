using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Tests.Matching;

/// <summary>An engine with one symbol (no market maker unless asked) and short ways to send orders to it.</summary>
internal sealed class Book
{
    public const int Owner = 7;

    private readonly RecordingListener _events = new();

    public Book(MarketMakerOptions? marketMaker = null, decimal reference = 0m, int capacity = 4096)
    {
        Engine = new MatchingEngine(marketMaker ?? new MarketMakerOptions { Enabled = false }, capacity);
        Symbol = Engine.AddSymbol("AAPL", Prices.FromDecimal(reference));
    }

    public MatchingEngine Engine { get; }

    public int Symbol { get; }

    public RecordingListener Events => _events;

    public static long Px(decimal price) => Prices.FromDecimal(price);

    public long Buy(long quantity, decimal price, MatchTimeInForce tif = MatchTimeInForce.Day, int owner = Owner) =>
        Send(MatchSide.Buy, MatchOrderType.Limit, quantity, price, tif, owner);

    public long Sell(long quantity, decimal price, MatchTimeInForce tif = MatchTimeInForce.Day, int owner = Owner) =>
        Send(MatchSide.Sell, MatchOrderType.Limit, quantity, price, tif, owner);

    public long Market(MatchSide side, long quantity, MatchTimeInForce tif = MatchTimeInForce.Day, int owner = Owner) =>
        Send(side, MatchOrderType.Market, quantity, 0, tif, owner);

    /// <summary>Sends an order; returns its order id (0 if it was rejected).</summary>
    public long Send(MatchSide side, MatchOrderType type, long quantity, decimal price, MatchTimeInForce tif, int owner)
    {
        var before = _events.Accepted.Count;
        var order = new NewOrder
        {
            Symbol = Symbol,
            Owner = owner,
            ClientRef = 1000 + before,
            Side = side,
            Type = type,
            TimeInForce = tif,
            Quantity = quantity,
            Price = Px(price),
        };
        var listener = _events;
        Engine.Submit(in order, ref listener);
        var accepted = _events.Accepted.FindLast(a => a.Owner == owner);
        return _events.Accepted.Count > before ? accepted.OrderId : 0;
    }

    public void Cancel(long orderId)
    {
        var listener = _events;
        Engine.Cancel(orderId, 0, ref listener);
    }

    public void Replace(long orderId, long quantity, decimal price)
    {
        var listener = _events;
        Engine.Replace(orderId, quantity, Px(price), 0, ref listener);
    }

    public (decimal Price, long Quantity) Level(MatchSide side, int fromBest) =>
        Engine.TryGetLevel(Symbol, side, fromBest, out var price, out var quantity)
            ? (Prices.ToDecimal(price), quantity)
            : (0m, 0);
}
