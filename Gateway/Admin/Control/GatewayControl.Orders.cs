using Gateway.Admin.Web;
using Gateway.Api.Protocol;
using Gateway.Orders;

namespace Gateway.Admin.Control;

/// <summary>Strategy connections (I/O thread) and the blotter (a copy of the order book taken on the order thread).</summary>
public sealed partial class GatewayControl
{
    public async Task<IReadOnlyList<StrategyView>> Strategies()
    {
        var connections = await OnIoThread(_host.Clients.StrategyConnections).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var names = Config.Clients.Strategies.ToDictionary(s => s.Id, s => s.Name ?? $"strategy-{s.Id}");
        var usage = Risk.Usage;
        return connections.Select(c => new StrategyView(
            c.StrategyId,
            names.GetValueOrDefault(c.StrategyId, $"strategy-{c.StrategyId}"),
            c.LoggedIn,
            c.LoggedIn,
            c.Remote,
            c.MessagesIn,
            c.MessagesOut,
            c.SinceLastReceived is { } since ? now - since : null,
            StrategyInRisk(c.StrategyId) ? usage.Strategy(c.StrategyId).OpenOrders : 0,
            StrategyInRisk(c.StrategyId) && usage.IsKilled(RiskChecks.Admin.KillSwitchLevel.Strategy, c.StrategyId))).ToArray();
    }

    /// <summary>The orders that match, newest first.</summary>
    public Task<IReadOnlyList<OrderView>> Orders(OrderFilter filter) => OnOrderThread(() =>
    {
        var book = _host.Book;
        var orders = new List<OrderView>(Math.Min(filter.Limit, 1024));
        for (var i = book.Count - 1; i >= 0 && orders.Count < filter.Limit; i--)
        {
            ref var order = ref book[i];
            if ((filter.StrategyId >= 0 && order.StrategyId != filter.StrategyId)
                || (filter.VenueId >= 0 && order.VenueId != filter.VenueId)
                || (filter.InstrumentId >= 0 && order.InstrumentId != filter.InstrumentId)
                || (filter.OpenOnly && !order.IsOpen))
            {
                continue;
            }

            orders.Add(ViewOf(in order));
        }

        return (IReadOnlyList<OrderView>)orders;
    });

    private OrderView ViewOf(in OrderRecord order)
    {
        var instrument = order.InstrumentId;
        return ViewOf(in order, Config.Instruments.FirstOrDefault(i => i.Id == instrument)?.Symbol ?? "");
    }

    private OrderView ViewOf(in OrderRecord order, string symbol) => new(
        order.ClOrdId,
        order.StrategyId,
        order.ClientOrderId,
        order.VenueId,
        VenueName(order.VenueId) ?? "",
        order.InstrumentId,
        symbol,
        order.Side.ToString(),
        order.OrderType.ToString(),
        order.Quantity,
        order.Price,
        FixedPoint.ToDecimal(order.Price).ToString("0.########", System.Globalization.CultureInfo.InvariantCulture),
        order.CumQuantity,
        order.LeavesQuantity,
        order.State.ToString(),
        order.VenueOrderId.IsEmpty ? null : order.VenueOrderId.ToString(),
        FromEpochNanos(order.UpdatedNanos) ?? DateTimeOffset.UnixEpoch);

    private bool StrategyInRisk(int strategyId) => (uint)strategyId < (uint)CurrentLimits.Capacity.MaxStrategies;
}
