using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;

namespace Gateway.Tests.Pipeline;

/// <summary>OrderStatus messages after a login: open orders and those changed since the disconnect; all after a restart.</summary>
public sealed class OrderStatusTests
{
    [Test]
    public void A_reconnecting_strategy_hears_its_open_orders_and_those_that_changed_while_it_was_away()
    {
        using var h = new PipelineHarness(cancelOnDisconnect: false).Ready();
        h.Send(Order(1, quantity: 100, price: 100m));
        h.Send(Order(2));
        h.Send(Order(3, instrument: InstrumentB, price: 50m, side: Side.Sell));
        h.Send(Order(4), OtherStrategy);
        h.Accept(1);
        h.Accept(2);
        h.Accept(3);
        h.Fill(1, 30, 100m);
        h.Fill(2, 100, 100m);
        h.Clock.Advance(Second);
        h.Disconnect(Strategy);
        h.Clock.Advance(Second);
        h.Fill(3, 100, 50m);
        h.Clients.Clear();
        h.Clock.Advance(Second);

        h.LogIn(Strategy);

        var statuses = h.Clients.Of<OrderStatusMessage>(Strategy);
        statuses.Select(s => (s.ClientOrderId, s.Status)).Should().Equal(
            (1L, OrderStatus.PartiallyFilled), (3L, OrderStatus.Filled));
        var open = statuses[0];
        open.Side.Should().Be(Side.Buy);
        open.OrderType.Should().Be(OrderType.Limit);
        open.TimeInForce.Should().Be(TimeInForce.Day);
        open.VenueId.Should().Be(VenueA);
        open.InstrumentId.Should().Be(InstrumentA);
        open.AccountId.Should().Be(Account);
        open.Quantity.Should().Be(100);
        open.Price.Should().Be(Px(100m));
        open.CumQuantity.Should().Be(30);
        open.LeavesQuantity.Should().Be(70);
        open.TimestampNanos.Should().Be(Start);
        statuses[1].Side.Should().Be(Side.Sell);
        statuses[1].TimestampNanos.Should().Be(Start + (2 * Second));
        h.Clients.Of<OrderStatusMessage>(OtherStrategy).Should().BeEmpty();
    }

    [Test]
    public void After_a_restart_a_strategy_hears_every_order_of_the_day()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeunit-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = new PipelineHarness(folder).Ready())
            {
                first.Send(Order(1));
                first.Send(Order(2));
                first.Accept(1);
                first.Accept(2);
                first.Fill(2, 100, 100m);
                first.Cancel(1);
                first.Canceled(1);
            }

            using var second = new PipelineHarness(folder);
            second.Processor.Recover(second.Venues, clOrdIdFloor: 0);
            second.Pump();

            second.LogIn(Strategy);

            second.Clients.Of<OrderStatusMessage>(Strategy).Select(s => (s.ClientOrderId, s.Status)).Should().Equal(
                (1L, OrderStatus.Canceled), (2L, OrderStatus.Filled));
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Test]
    public void A_replace_shows_as_the_replaced_original_and_its_replacement_and_a_pending_replacement_not_at_all()
    {
        using var h = new PipelineHarness().Ready();
        h.Send(Order(1));
        h.Accept(1);
        h.Replace(1, 2, 150, 100m);
        h.Replaced(1, 2);
        h.Replace(2, 3, 120, 100m);
        h.Clients.Clear();

        h.LogIn(Strategy);

        h.Clients.Of<OrderStatusMessage>(Strategy).Select(s => (s.ClientOrderId, s.Status)).Should().Equal(
            (1L, OrderStatus.Replaced), (2L, OrderStatus.PendingReplace));
    }
}
