using FluentAssertions;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Matching;

public sealed class AllocationTests
{
    [Test]
    public void Submitting_matching_and_canceling_allocate_nothing_once_warm()
    {
        var engine = new MatchingEngine(new MarketMakerOptions { Levels = 5, Size = 100 });
        var symbol = engine.AddSymbol("AAPL", Prices.FromDecimal(190m));
        var listener = default(NullMatchListener);
        Run(engine, symbol, ref listener, 2_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Run(engine, symbol, ref listener, 10_000);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"10,000 orders (with cancels, trades and requotes) in {elapsed.TotalMilliseconds:F2} ms");

        allocated.Should().Be(0);
    }

    private static void Run(MatchingEngine engine, int symbol, ref NullMatchListener listener, int orders)
    {
        for (var i = 0; i < orders; i++)
        {
            var buy = (i & 1) == 0;
            var order = new NewOrder
            {
                Symbol = symbol,
                Owner = 1,
                ClientRef = i,
                Side = buy ? MatchSide.Buy : MatchSide.Sell,
                Type = MatchOrderType.Limit,
                TimeInForce = (i % 3) == 0 ? MatchTimeInForce.Day : MatchTimeInForce.ImmediateOrCancel,
                Quantity = 1 + (i % 150),
                Price = Prices.FromDecimal(buy ? 190.02m : 189.98m) - ((i % 7) * 1_000_000),
            };
            engine.Submit(in order, ref listener);
            if ((i % 3) == 0)
            {
                engine.Cancel(engine.LastOrderId, 0, ref listener);
            }
        }
    }
}
