using FluentAssertions;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>Cancels, replaces, rejects and two clients trading with each other, over loopback.</summary>
[Category("System")]
public sealed class OrderFlowTests
{
    [Test]
    [CancelAfter(20_000)]
    public void Cancel_of_a_resting_order(CancellationToken token)
    {
        using var venue = Venue.Start(validate: true);
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var order = client.NewOrder('1', 100, 189.00m);
        client.WaitFor(order, m => m.ExecType == "0", token);

        var cancel = client.Cancel(order);
        var canceled = client.WaitFor(cancel, m => m.ExecType == "4", token);

        (canceled[39], canceled[11], canceled[41], canceled[151], canceled[14]).Should().Be(("4", cancel, order, "0", "0"));
        venue.Counters.Cancels.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void Cancel_of_an_unknown_order_gets_an_OrderCancelReject(CancellationToken token)
    {
        using var venue = Venue.Start(validate: true);
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        var cancel = client.Cancel("NOSUCH");
        var reject = client.WaitFor(cancel, m => m.MsgType == "9", token);

        (reject[434], reject[102], reject[41], reject[37], reject[39]).Should().Be(("1", "1", "NOSUCH", "NONE", "8"));
        reject[58].Should().Be("Unknown order");
        venue.Counters.CancelRejects.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void Cancel_of_a_filled_order_is_unknown_by_ClOrdID(CancellationToken token)
    {
        using var venue = Venue.Start("FIX.4.2", validate: true);
        using var client = FixClient.Connect(venue.Port, "FIX.4.2");
        client.WaitLoggedOn(token);
        var order = client.NewOrder('1', 10, 191m);
        client.WaitFor(order, m => m[39] == "2", token);

        var cancel = client.Cancel(order);
        var reject = client.WaitFor(cancel, m => m.MsgType == "9", token);

        (reject[434], reject[102]).Should().Be(("1", "1"));
    }

    [Test]
    [CancelAfter(20_000)]
    public void Replace_changes_quantity_and_price_then_a_crossing_replace_trades(CancellationToken token)
    {
        using var venue = Venue.Start(validate: true);
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var order = client.NewOrder('1', 100, 189.00m);
        client.WaitFor(order, m => m.ExecType == "0", token);

        var first = client.Replace(order, 50, 189.50m);
        var replaced = client.WaitFor(first, m => m.ExecType == "5", token);
        (replaced[39], replaced[41], replaced[38], replaced.Decimal(44), replaced[151]).Should().Be(("0", order, "50", 189.50m, "50"));

        var second = client.Replace(first, 50, 190.05m);
        var fill = client.WaitFor(second, m => m.ExecType == "F", token);

        client.About(second)[0].ExecType.Should().Be("5", "the replace is reported before the trade it causes");
        (fill[11], fill[39], fill[32], fill.Decimal(31)).Should().Be((second, "2", "50", 190.01m));
        venue.Counters.Replaces.Should().Be(2);
    }

    [Test]
    [CancelAfter(20_000)]
    public void Replace_of_an_unknown_order_and_below_the_filled_quantity_are_refused(CancellationToken token)
    {
        using var venue = Venue.Start(marketMaker: Venue.Quotes with { Size = 30, Levels = 1 });
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var order = client.NewOrder('1', 100, 190.01m);
        client.WaitFor(order, m => m[39] == "1", token);

        var unknown = client.Replace("NOSUCH", 10, 190m);
        var belowFilled = client.Replace(order, 30, 190.01m);

        var r1 = client.WaitFor(unknown, m => m.MsgType == "9", token);
        var r2 = client.WaitFor(belowFilled, m => m.MsgType == "9", token);
        (r1[434], r1[102]).Should().Be(("2", "1"));
        (r2[434], r2[102], r2[39], r2[37]).Should().Be(("2", "99", "1", client.About(order)[0][37]));
        r2[58].Should().Be("New OrderQty not above the filled quantity");
    }

    [Test]
    [CancelAfter(20_000)]
    public void Replace_to_a_live_ClOrdID_or_without_a_quantity_is_refused_with_the_reason(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var a = client.NewOrder('1', 10, 189.00m);
        var b = client.NewOrder('1', 10, 189.00m);
        client.WaitFor(b, m => m.ExecType == "0", token);

        client.Send("G", [(41, a), (11, b), (55, "AAPL"), (54, "1"), (60, "20260101-00:00:00"), (38, "20"), (40, "2"), (44, "189")]);
        client.Send("G", [(41, a), (11, "Z1"), (55, "AAPL"), (54, "1"), (60, "20260101-00:00:00"), (38, "0"), (40, "2"), (44, "189")]);

        client.PumpUntil(() => client.Received.Count(m => m.MsgType == "9") == 2, token);
        client.Received.Where(m => m.MsgType == "9").Select(m => (m[102], m[58])).Should().Equal(
            ("99", "Duplicate ClOrdID"), ("99", "OrderQty must be a positive whole number"));
        venue.Counters.Replaces.Should().Be(0);
    }

    [TestCase("ZZZZ", "100", "190", "Unknown symbol")]
    [TestCase("AAPL", "0", "190", "OrderQty must be a positive whole number")]
    [TestCase("AAPL", "-5", "190", "OrderQty must be a positive whole number")]
    [TestCase("AAPL", "1.5", "190", "OrderQty must be a positive whole number")]
    [TestCase("AAPL", "100", null, "Price missing or not positive on a limit order")]
    [CancelAfter(20_000)]
    public void Bad_fields_get_a_rejected_ExecutionReport(string symbol, string quantity, string? price, string text,
        CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var fields = new List<(int, string)> { (11, "BAD"), (21, "1"), (55, symbol), (54, "1"), (60, "20260101-00:00:00"), (38, quantity), (40, "2") };
        if (price is not null)
        {
            fields.Add((44, price));
        }

        client.Send("D", fields);
        var reject = client.WaitFor("BAD", m => m.MsgType == "8", token);

        (reject.ExecType, reject[39], reject[37], reject[58]).Should().Be(("8", "8", "NONE", text));
        venue.Counters.Rejects.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void An_unsupported_message_type_gets_a_BusinessMessageReject(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        client.Send("B", [(148, "headline"), (33, "1"), (58, "news")]);
        client.PumpUntil(() => client.Received.Any(m => m.MsgType == "j"), token);

        var reject = client.Received.Single(m => m.MsgType == "j");
        (reject[372], reject[380]).Should().Be(("B", "3"));
        venue.Counters.Unsupported.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void Two_clients_trade_with_each_other_and_both_get_fills(CancellationToken token)
    {
        using var venue = Venue.Start(marketMaker: new MarketMakerOptions { Enabled = false }, clients: ["ALPHA", "BETA"]);
        using var alpha = FixClient.Connect(venue.Port, "FIX.4.4", sender: "ALPHA");
        using var beta = FixClient.Connect(venue.Port, "FIX.4.4", sender: "BETA");
        alpha.WaitLoggedOn(token);
        beta.WaitLoggedOn(token);

        var sell = alpha.NewOrder('2', 100, 190.00m);
        alpha.WaitFor(sell, m => m.ExecType == "0", token);
        var buy = beta.NewOrder('1', 60, 190.10m);

        var buyFill = beta.WaitFor(buy, m => m.ExecType == "F", token);
        var sellFill = alpha.WaitFor(sell, m => m.ExecType == "F", token);
        (buyFill[39], buyFill[32], buyFill.Decimal(31)).Should().Be(("2", "60", 190.00m));
        (sellFill[39], sellFill[32], sellFill.Decimal(31), sellFill[151]).Should().Be(("1", "60", 190.00m, "40"));
        venue.Counters.Fills.Should().Be(2);
    }

    [Test]
    [CancelAfter(20_000)]
    public void One_client_trading_with_itself_gets_both_fills(CancellationToken token)
    {
        using var venue = Venue.Start("FIX.4.2", marketMaker: new MarketMakerOptions { Enabled = false });
        using var client = FixClient.Connect(venue.Port, "FIX.4.2");
        client.WaitLoggedOn(token);

        var sell = client.NewOrder('2', 10, 190.00m);
        var buy = client.NewOrder('1', 10, 190.00m);

        client.WaitFor(sell, m => m[39] == "2", token);
        client.WaitFor(buy, m => m[39] == "2", token);
    }

    [Test]
    [CancelAfter(20_000)]
    public void IOC_remainder_and_market_order_without_liquidity_are_canceled(CancellationToken token)
    {
        using var venue = Venue.Start(marketMaker: Venue.Quotes with { Levels = 1 });
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        var ioc = client.NewOrder('1', 150, 190.05m, timeInForce: '3');
        var canceled = client.WaitFor(ioc, m => m.ExecType == "4", token);
        (canceled[14], canceled[151], canceled[58]).Should().Be(("100", "0", "IOC remainder canceled"));

        venue.SetReferencePrice("MSFT", 0m);
        var market = client.NewOrder('1', 10, null, symbol: "MSFT", ordType: '1');
        var none = client.WaitFor(market, m => m.ExecType == "4", token);
        none[58].Should().Be("No liquidity for the market order");
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_stream_of_orders_all_reach_a_final_state(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var random = new Random(3);
        var ids = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var buy = random.Next(2) == 0;
            ids.Add(client.NewOrder(buy ? '1' : '2', random.Next(1, 400), buy ? 190.10m : 189.90m, timeInForce: random.Next(3) == 0 ? '3' : '0'));
        }

        client.PumpUntil(() => ids.All(id => client.About(id).Exists(m => m[39] is "2" or "4" or "8")), token);
        venue.Counters.Orders.Should().Be(300);
    }
}
