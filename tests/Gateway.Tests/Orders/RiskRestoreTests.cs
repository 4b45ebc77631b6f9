using FluentAssertions;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Config;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>
/// A restart end to end: a random day drives the book and a risk engine together; the book recovered from the
/// journal restores a fresh engine, whose usage must equal the live one's.
/// </summary>
public sealed class RiskRestoreTests
{
    [TestCase(11)]
    [TestCase(12)]
    public void A_risk_engine_restored_from_the_recovered_book_has_the_live_usage(int seed)
    {
        var live = Engine();
        var day = new RandomDay(seed, capacity: 3000, live);
        day.Run(steps: 12_000);
        var recovered = day.Recover();
        var restored = Engine();

        var counts = RiskRestore.FromBook(recovered, restored, Now);

        counts.Refused.Should().Be(0);
        counts.OpenOrders.Should().Be(recovered.OpenCount).And.BeGreaterThan(10);
        counts.PendingReplaces.Should().BeGreaterThan(0);
        restored.OpenOrderCount.Should().Be(live.OpenOrderCount);
        Usage(restored).Should().BeEquivalentTo(Usage(live));
        live.Usage.Position(Account, Instrument).Position.Should().NotBe(0, "the day must have traded");
    }

    private static RiskEngine Engine() => new(new RiskLimits
    {
        Capacity = new RiskCapacity { MaxStrategies = 8, MaxAccounts = 16, MaxInstruments = 64, MaxVenues = 8, MaxOpenOrders = 4096 },
        Strategies = [Strategy(1), Strategy(2), Strategy(3)],
        Instruments = [new InstrumentLimits { Id = Instrument, ReferencePrice = 10m }],
    });

    private static StrategyLimits Strategy(int id) => new() { Id = id, Accounts = [Account], Venues = [Venue] };

    private static object Usage(RiskEngine engine)
    {
        var strategies = new List<object>();
        for (var id = 1; id <= 3; id++)
        {
            var usage = engine.Usage.Strategy(id);
            strategies.Add(new { usage.OpenOrders, usage.OpenNotional, usage.FilledNotional });
        }

        return new { Strategies = strategies, Account = engine.Usage.Account(Account), Position = engine.Usage.Position(Account, Instrument) };
    }
}
