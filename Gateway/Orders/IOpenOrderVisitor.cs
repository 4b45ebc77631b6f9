namespace Gateway.Orders;

/// <summary>
/// Receives open orders from <see cref="OrderBook.ForEachOpen{TVisitor}(ref TVisitor)"/>; implement on a struct so
/// the call is devirtualised. A visitor may change the record it is given (a cancel through
/// <see cref="OrderStateMachine.Cancel"/>): the walk goes by index and no record is added meanwhile.
/// </summary>
public interface IOpenOrderVisitor
{
    void Visit(int index, ref OrderRecord order);
}

/// <summary>Which open orders a mass cancel, kill switch or disconnect touches; −1 matches any.</summary>
public readonly record struct OpenOrderFilter(int StrategyId = -1, int AccountId = -1, int InstrumentId = -1, int VenueId = -1)
{
    public static readonly OpenOrderFilter Any = new(-1, -1, -1, -1);

    public bool Matches(in OrderRecord order) =>
        (StrategyId < 0 || order.StrategyId == StrategyId)
        && (AccountId < 0 || order.AccountId == AccountId)
        && (InstrumentId < 0 || order.InstrumentId == InstrumentId)
        && (VenueId < 0 || order.VenueId == VenueId);
}
