using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// A strategy as a user writes one: the client SDK's <see cref="GatewayClient"/>, logged in, receiving on its
/// background thread into a <see cref="StrategyRecorder"/> while the test thread sends and waits on what arrived.
/// </summary>
internal sealed class InteropStrategy : IDisposable
{
    private readonly GatewayClient _client;
    private readonly StrategyRecorder _recorder = new();
    private readonly Func<string> _details;

    private InteropStrategy(GatewayClient client, int id, int account, Func<string> details)
    {
        _client = client;
        Id = id;
        Account = account;
        _details = details;
    }

    public int Id { get; }

    /// <summary>The account this strategy trades for (see <see cref="InteropPlan.Strategies"/>).</summary>
    public int Account { get; }

    public IReadOnlyList<StrategyEvent> Events => _recorder.Events;

    /// <summary>Connects to the gateway and logs in as <see cref="InteropPlan.Strategies"/>[<paramref name="index"/>].</summary>
    /// <param name="details">The peer's and the gateway's state, for failure messages.</param>
    public static InteropStrategy LogIn(InteropGateway gateway, int index, Func<string> details)
    {
        var (id, token, account) = InteropPlan.Strategies[index];
        var client = new GatewayClient();
        try
        {
            var endpoint = gateway.Host.ClientEndPoint;
            client.Connect(endpoint.Address.ToString(), endpoint.Port);
            var login = client.Login(id, token);
            if (!login.IsLoggedIn)
            {
                throw new InvalidOperationException($"strategy {id} could not log in: {login}");
            }

            var strategy = new InteropStrategy(client, id, account, details);
            client.StartReceiving(strategy._recorder, onError: strategy._recorder.OnHandlerError);
            return strategy;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The events about one order, in the order they arrived.</summary>
    public IReadOnlyList<StrategyEvent> EventsOf(long clientOrderId) =>
        Events.Where(e => e.ClientOrderId == clientOrderId && e.Kind is not (StrategyEventKind.SessionStatus or StrategyEventKind.Disconnected)).ToArray();

    /// <summary>Waits until the gateway tells this strategy that <paramref name="venueId"/>'s session is logged on.</summary>
    public void WaitForVenueUp(int venueId, TimeSpan timeout, CancellationToken cancellation) =>
        WaitFor(
            e => e.Kind == StrategyEventKind.SessionStatus && e.Status == SessionStatusCode.VenueUp && e.VenueId == venueId,
            timeout,
            cancellation,
            $"SessionStatus VenueUp for venue {venueId}");

    /// <summary>Waits for the first event matching <paramref name="match"/> and returns it.</summary>
    public StrategyEvent WaitFor(Func<StrategyEvent, bool> match, TimeSpan timeout, CancellationToken cancellation, string what)
    {
        StrategyEvent? found = null;
        Wait.Until(() => (found = Events.FirstOrDefault(match)) is not null, timeout, cancellation, $"strategy {Id}: {what}", Describe);
        return found!;
    }

    /// <summary>Waits for the order's first event of <paramref name="kind"/>.</summary>
    public StrategyEvent WaitFor(long clientOrderId, StrategyEventKind kind, TimeSpan timeout, CancellationToken cancellation) =>
        WaitFor(e => e.ClientOrderId == clientOrderId && e.Kind == kind, timeout, cancellation, $"{kind} for order {clientOrderId}");

    /// <summary>A limit order for this strategy's account to a named venue.</summary>
    public void SendLimit(long clientOrderId, int instrument, int venueId, Side side, long quantity, decimal price,
        TimeInForce timeInForce = TimeInForce.Day) =>
        Send(clientOrderId, instrument, venueId, side, OrderType.Limit, timeInForce, quantity, InteropPlan.Price(price));

    public void SendMarket(long clientOrderId, int instrument, int venueId, Side side, long quantity) =>
        Send(clientOrderId, instrument, venueId, side, OrderType.Market, TimeInForce.Day, quantity, 0);

    public void SendCancel(long clientOrderId)
    {
        if (!_client.TrySendCancel(clientOrderId))
        {
            throw new InvalidOperationException($"strategy {Id}: the cancel of {clientOrderId} was not sent ({_client.CloseReason})");
        }
    }

    public void SendReplace(long origClientOrderId, long clientOrderId, long quantity, decimal price)
    {
        if (!_client.TrySendReplace(origClientOrderId, clientOrderId, quantity, InteropPlan.Price(price)))
        {
            throw new InvalidOperationException($"strategy {Id}: the replace of {origClientOrderId} was not sent ({_client.CloseReason})");
        }
    }

    public void SendMassCancel()
    {
        if (!_client.TrySendMassCancel())
        {
            throw new InvalidOperationException($"strategy {Id}: the mass cancel was not sent ({_client.CloseReason})");
        }
    }

    /// <summary>What this strategy received, then the peer's and the gateway's side.</summary>
    public string Describe() =>
        $"strategy {Id} received:{Environment.NewLine}{string.Join(Environment.NewLine, Events)}" +
        $"{Environment.NewLine}handler errors: {string.Join("; ", _recorder.Errors)}{Environment.NewLine}{_details()}";

    public void Dispose() => _client.Dispose();

    private void Send(long clientOrderId, int instrument, int venueId, Side side, OrderType type, TimeInForce timeInForce,
        long quantity, long price)
    {
        if (!_client.TrySendNewOrder(clientOrderId, Account, instrument, venueId, side, type, timeInForce, quantity, price))
        {
            throw new InvalidOperationException($"strategy {Id}: order {clientOrderId} was not sent ({_client.CloseReason})");
        }
    }
}
