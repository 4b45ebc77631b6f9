using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.Config;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>
/// Every reject a configuration can provoke, end to end: the strategy learns which check refused (its number), the
/// limit and the actual value, and the venue never sees the order.
/// </summary>
[Category("System")]
public sealed class RiskRejectFlowTests
{
    private const long ProbeId = 5000;
    private const int Venue = 1; // FlowVenue.Fix44, the default setup's only venue.

    private static readonly object[] Cases =
    [
        Risk("strategy max order quantity", s => s with { Strategy = l => l with { MaxOrderQuantity = 1000 } },
            new ProbeOrder(Quantity: 1001), RiskCheck.StrategyMaxOrderQuantity, 1000, 1001),
        Risk("instrument max order quantity", s => s with { Instrument = l => l with { MaxOrderQuantity = 500 } },
            new ProbeOrder(Quantity: 600), RiskCheck.InstrumentMaxOrderQuantity, 500, 600),
        Risk("strategy max order notional", s => s with { Strategy = l => l with { MaxOrderNotional = 10_000m } },
            new ProbeOrder(Quantity: 100), RiskCheck.StrategyMaxOrderNotional, P(10_000m), P(18_900m)),
        Risk("instrument max order notional", s => s with { Instrument = l => l with { MaxOrderNotional = 10_000m } },
            new ProbeOrder(Quantity: 100), RiskCheck.InstrumentMaxOrderNotional, P(10_000m), P(18_900m)),
        Risk("price collar", s => s with { Instrument = l => l with { CollarPercent = 5m } },
            new ProbeOrder(Price: 200.00m), RiskCheck.PriceCollar, P(199.50m), P(200.00m)),
        Risk("invalid quantity", s => s, new ProbeOrder(Quantity: 0), RiskCheck.InvalidQuantity, 1, 0),
        Risk("max open orders", s => s with { Strategy = l => l with { MaxOpenOrders = 1 } },
            new ProbeOrder(), RiskCheck.MaxOpenOrders, 1, 2, RestOne),
        Risk("max long position", s => s with { Instrument = l => l with { MaxLongPosition = 100 } },
            new ProbeOrder(Quantity: 150), RiskCheck.MaxLongPosition, 100, 150),
        Risk("max short position", s => s with { Instrument = l => l with { MaxShortPosition = 100 } },
            new ProbeOrder(Quantity: 150, Price: 191.00m, Side: Side.Sell), RiskCheck.MaxShortPosition, 100, 150),
        Risk("strategy daily notional", s => s with { Strategy = l => l with { MaxDailyNotional = 1_000m } },
            new ProbeOrder(), RiskCheck.StrategyDailyNotional, P(1_000m), P(1_890m)),
        Risk("account credit limit", s => s with { Account = l => l with { CreditLimit = 1_000m } },
            new ProbeOrder(), RiskCheck.AccountCreditLimit, P(1_000m), P(1_890m)),
        Risk("strategy message rate", s => s with { Strategy = l => l with { MessageRate = new MessageRateLimit(2, TimeSpan.FromMinutes(1)) } },
            new ProbeOrder(), RiskCheck.StrategyMessageRate, 2, 3, RestTwo),
        Risk("venue message rate", s => s with { Venue = l => l with { MessageRate = new MessageRateLimit(2, TimeSpan.FromMinutes(1)) } },
            new ProbeOrder(), RiskCheck.VenueMessageRate, 2, 3, RestTwo),
        Risk("restricted instrument", s => s with { Instrument = l => l with { Restricted = l.Id == FlowSetup.Msft } },
            new ProbeOrder(InstrumentId: FlowSetup.Msft, Price: 409.00m), RiskCheck.RestrictedInstrument, 0, FlowSetup.Msft),
        Risk("account not entitled", s => s, new ProbeOrder(AccountId: 8), RiskCheck.AccountNotEntitled, 0, 8),
        Risk("venue not entitled", s => s with { Strategy = l => l with { Venues = [] } },
            new ProbeOrder(), RiskCheck.VenueNotEntitled, 0, Venue),
        Risk("instrument unknown to risk, venue named", s => s,
            new ProbeOrder(InstrumentId: 99, VenueId: Venue), RiskCheck.UnknownInstrument, 0, 99),
        Risk("global kill switch", s => s, new ProbeOrder(), RiskCheck.GlobalKillSwitch, 0, 0, Kill(KillSwitchLevel.Global, 0)),
        Risk("strategy kill switch", s => s, new ProbeOrder(), RiskCheck.StrategyKillSwitch, 0, FlowSetup.StrategyId,
            Kill(KillSwitchLevel.Strategy, FlowSetup.StrategyId)),
        Risk("venue kill switch", s => s, new ProbeOrder(), RiskCheck.VenueKillSwitch, 0, Venue, Kill(KillSwitchLevel.Venue, Venue)),
        new RiskRejectCase("duplicate client order id", new FlowSetup(), new ProbeOrder(), RejectReason.DuplicateClientOrderId,
            RiskCheck.None, null, null, (_, strategy, token) => strategy.Rest(ProbeId, token)),
        new RiskRejectCase("instrument without a route, no venue named", new FlowSetup(), new ProbeOrder(InstrumentId: 99),
            RejectReason.UnknownInstrument, RiskCheck.None, null, null),
        new RiskRejectCase("instrument id below the highest configured, no venue named", new FlowSetup(),
            new ProbeOrder(InstrumentId: 0), RejectReason.UnknownInstrument, RiskCheck.None, null, null),
    ];

    [TestCaseSource(nameof(Cases))]
    [CancelAfter(120_000)]
    public void A_check_refuses_the_order_names_itself_and_the_venue_sees_nothing(object row, CancellationToken cancellation)
    {
        var test = (RiskRejectCase)row;
        using var gateway = FlowGateway.Start(test.Setup, cancellation);
        var strategy = gateway.Connect(cancellation);
        test.Prelude?.Invoke(gateway, strategy, cancellation);
        var ordersAtVenue = gateway.Simulator.Counters.Orders;

        var probe = test.Probe;
        strategy.NewOrder(ProbeId, probe.Quantity, probe.Price, probe.Side, probe.InstrumentId, probe.VenueId, probe.AccountId);

        var reject = strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == ProbeId, cancellation, $"the reject ({test.Name})");
        reject.Reason.Should().Be(test.Reason, strategy.Recorder.Describe());
        ((RiskCheck)reject.RiskCheck).Should().Be(test.Check);
        reject.Text.ToString().Should().NotBeEmpty("the reject says why in words too");
        if (test.Limit is { } limit)
        {
            reject.Limit.Should().Be(limit, "the reject names the limit");
        }

        if (test.Actual is { } actual)
        {
            reject.Actual.Should().Be(actual, "the reject names the actual value");
        }

        gateway.Simulator.Counters.Orders.Should().Be(ordersAtVenue, "a refused order never reaches the venue");
        strategy.Recorder.Count<OrderAcceptedMessage>(m => m.ClientOrderId == ProbeId).Should().Be(
            test.Reason == RejectReason.DuplicateClientOrderId ? 1 : 0, "only the prelude's order of the same id was accepted");
    }

    private static RiskRejectCase Risk(string name, Func<FlowSetup, FlowSetup> setup, ProbeOrder probe, RiskCheck check, long limit,
        long actual, Action<FlowGateway, FlowClient, CancellationToken>? prelude = null) =>
        new(name, setup(new FlowSetup()), probe, RejectReason.RiskCheck, check, limit, actual, prelude);

    private static long P(decimal value) => FixedPoint.FromDecimal(value);

    private static void RestOne(FlowGateway gateway, FlowClient strategy, CancellationToken cancellation) =>
        strategy.Rest(900, cancellation);

    private static void RestTwo(FlowGateway gateway, FlowClient strategy, CancellationToken cancellation)
    {
        strategy.Rest(900, cancellation);
        strategy.Rest(901, cancellation);
    }

    private static Action<FlowGateway, FlowClient, CancellationToken> Kill(KillSwitchLevel level, int id) =>
        (gateway, _, cancellation) => gateway.Host.Admin.WaitUntilApplied(gateway.Host.Admin.KillSwitch(level, id, on: true), cancellation);
}
