using System.Net;
using FluentAssertions;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>A strategy on the SDK: a logged-in <see cref="GatewayClient"/> in callback mode and what it received.</summary>
internal sealed class FlowClient : IDisposable
{
    private FlowClient(GatewayClient client) => Client = client;

    public GatewayClient Client { get; }

    public FlowRecorder Recorder { get; } = new();

    public static FlowClient Connect(IPEndPoint endpoint, int strategyId, string token)
    {
        var client = new GatewayClient(new GatewayClientOptions
        {
            LoginTimeout = TimeSpan.FromSeconds(30),
            SilenceTimeout = TimeSpan.FromSeconds(30),
        });
        var flow = new FlowClient(client);
        try
        {
            client.Connect(endpoint.Address.ToString(), endpoint.Port);
            var login = client.Login(strategyId, token);
            login.Outcome.Should().Be(LoginOutcome.LoggedIn, login.ToString());
            client.StartReceiving(flow.Recorder, onError: e => TestContext.Error.WriteLine($"handler threw: {e}"));
            return flow;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>A limit order for the flows' account; venue −1 routes by instrument.</summary>
    public void NewOrder(long clientOrderId, long quantity, decimal price, Side side = Side.Buy, int instrumentId = FlowSetup.Aapl,
        int venueId = -1, int accountId = FlowSetup.AccountId, TimeInForce timeInForce = TimeInForce.Day) =>
        Client.TrySendNewOrder(clientOrderId, accountId, instrumentId, venueId, side, OrderType.Limit, timeInForce, quantity,
            FixedPoint.FromDecimal(price)).Should().BeTrue("the new order {0} must be sent", clientOrderId);

    public void Cancel(long clientOrderId) =>
        Client.TrySendCancel(clientOrderId).Should().BeTrue("the cancel of {0} must be sent", clientOrderId);

    public void Replace(long origClientOrderId, long clientOrderId, long quantity, decimal price) =>
        Client.TrySendReplace(origClientOrderId, clientOrderId, quantity, FixedPoint.FromDecimal(price))
            .Should().BeTrue("the replace of {0} must be sent", origClientOrderId);

    public T WaitFor<T>(Func<T, bool> match, CancellationToken cancellation, string what) =>
        Recorder.WaitFor(match, cancellation, what);

    /// <summary>Sends a buy that rests below the market (bid 189.99) and waits until the venue has it.</summary>
    public VenueAcceptedMessage Rest(long clientOrderId, CancellationToken cancellation, long quantity = 10, decimal price = 189.00m,
        int instrumentId = FlowSetup.Aapl, int venueId = -1)
    {
        NewOrder(clientOrderId, quantity, price, instrumentId: instrumentId, venueId: venueId);
        return WaitFor<VenueAcceptedMessage>(m => m.ClientOrderId == clientOrderId, cancellation, $"VenueAccepted {clientOrderId}");
    }

    public void Dispose() => Client.Dispose();
}
