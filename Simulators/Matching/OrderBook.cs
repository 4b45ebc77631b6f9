namespace Gateway.Simulators.Matching;

/// <summary>One symbol's book: both sides, its reference price and the market maker's quote ids per level.</summary>
internal sealed class OrderBook
{
    public OrderBook(int symbol, string name, OrderPool pool, int quoteLevels)
    {
        Symbol = symbol;
        Name = name;
        NameBytes = System.Text.Encoding.ASCII.GetBytes(name);
        Bids = new BookSide(MatchSide.Buy, pool);
        Asks = new BookSide(MatchSide.Sell, pool);
        BidQuotes = new long[quoteLevels];
        AskQuotes = new long[quoteLevels];
    }

    public int Symbol { get; }

    public string Name { get; }

    public byte[] NameBytes { get; }

    public BookSide Bids { get; }

    public BookSide Asks { get; }

    /// <summary>0: no reference price, no market maker quotes.</summary>
    public long ReferencePrice { get; set; }

    /// <summary>The market maker's order id at each level (0: none posted).</summary>
    public long[] BidQuotes { get; }

    public long[] AskQuotes { get; }

    /// <summary>Set when a quote traded or the reference moved: the quotes are topped up after the current request.</summary>
    public bool QuotesDirty { get; set; }

    public BookSide SideOf(MatchSide side) => side == MatchSide.Buy ? Bids : Asks;

    public BookSide Opposite(MatchSide side) => side == MatchSide.Buy ? Asks : Bids;

    public long[] QuotesOf(MatchSide side) => side == MatchSide.Buy ? BidQuotes : AskQuotes;
}
