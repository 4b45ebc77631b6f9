using Gateway.Api.Protocol;
using Gateway.Clients;

namespace Gateway.Tests.Clients;

/// <summary>Keeps what the server hands on (tests only; read on the thread that drives DoWork).</summary>
internal sealed class RecordingSink : IClientCommandSink
{
    public List<int> LoggedIn { get; } = [];

    public List<int> Disconnected { get; } = [];

    public List<(int StrategyId, NewOrderMessage Message, long ReceivedTicks)> NewOrders { get; } = [];

    public List<(int StrategyId, CancelOrderMessage Message)> Cancels { get; } = [];

    public List<(int StrategyId, ReplaceOrderMessage Message)> Replaces { get; } = [];

    public List<(int StrategyId, MassCancelMessage Message)> MassCancels { get; } = [];

    public void OnLoggedIn(int strategyId) => LoggedIn.Add(strategyId);

    public void OnDisconnected(int strategyId) => Disconnected.Add(strategyId);

    public void OnNewOrder(int strategyId, in NewOrderMessage message, long receivedTicks) => NewOrders.Add((strategyId, message, receivedTicks));

    public void OnCancelOrder(int strategyId, in CancelOrderMessage message, long receivedTicks) => Cancels.Add((strategyId, message));

    public void OnReplaceOrder(int strategyId, in ReplaceOrderMessage message, long receivedTicks) => Replaces.Add((strategyId, message));

    public void OnMassCancel(int strategyId, in MassCancelMessage message, long receivedTicks) => MassCancels.Add((strategyId, message));
}

/// <summary>Counts and keeps the last order only: no allocation per message (for the zero-allocation tests).</summary>
internal sealed class CountingSink : IClientCommandSink
{
    public int NewOrders;
    public int Cancels;
    public NewOrderMessage LastOrder;

    public void OnLoggedIn(int strategyId) { }

    public void OnDisconnected(int strategyId) { }

    public void OnNewOrder(int strategyId, in NewOrderMessage message, long receivedTicks)
    {
        NewOrders++;
        LastOrder = message;
    }

    public void OnCancelOrder(int strategyId, in CancelOrderMessage message, long receivedTicks) => Cancels++;

    public void OnReplaceOrder(int strategyId, in ReplaceOrderMessage message, long receivedTicks) { }

    public void OnMassCancel(int strategyId, in MassCancelMessage message, long receivedTicks) { }
}
