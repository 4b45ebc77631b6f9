using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.Venues.Orders;
using static Gateway.Tests.Orders.OrderTestKit;
using TimeInForce = Gateway.Api.Protocol.TimeInForce;

namespace Gateway.Tests.Orders;

/// <summary>
/// Three strategies and a venue acting at random on one book, as the pipeline would drive it: every change
/// journaled through the codec, and with a risk engine, every order checked and every risk notice applied.
/// </summary>
internal sealed class RandomDay(int seed, int capacity, RiskEngine? risk = null)
{
    private readonly Random _random = new(seed);
    private long _nextClientOrderId = 1;

    public OrderBook Book { get; } = new(capacity);

    public List<byte[]> Journal { get; } = [];

    public HashSet<OrderAction> Seen { get; } = [];

    public void Run(int steps)
    {
        Book.SeedClOrdIds(1_000_000);
        for (var step = 0; step < steps && Book.Count < Book.Capacity - 1; step++)
        {
            if (Book.Count == 0 || _random.Next(6) == 0)
            {
                AddOrder();
                continue;
            }

            var index = _random.Next(Book.Count);
            switch (_random.Next(8))
            {
                case 0:
                    Record(OrderStateMachine.Cancel(Book, index, (CancelReason)_random.Next(1, 5), Now + step));
                    break;
                case 1:
                    Replace(index, step);
                    break;
                default:
                    VenueActs(index, step);
                    break;
            }
        }
    }

    /// <summary>The recovered book: the journal read back and applied in order.</summary>
    public OrderBook Recover()
    {
        var recovered = new OrderBook(Book.Capacity);
        foreach (var bytes in Journal)
        {
            OrderRecordCodec.TryRead(bytes, out var record).Should().BeTrue();
            recovered.Apply(in record).Should().Be(ApplyResult.Applied);
        }

        return recovered;
    }

    private void AddOrder()
    {
        var message = NewOrder(_nextClientOrderId++, quantity: _random.Next(1, 500), price: Px * _random.Next(1, 20),
            timeInForce: (TimeInForce)_random.Next(0, 4));
        var strategy = 1 + _random.Next(3);
        if (risk is not null)
        {
            var order = new RiskChecks.Orders.RiskOrder(strategy, message.AccountId, message.InstrumentId, message.VenueId,
                (RiskChecks.Orders.Side)message.Side, (RiskChecks.Orders.OrderType)message.OrderType,
                (RiskChecks.Orders.TimeInForce)message.TimeInForce, message.Quantity, message.Price, message.ClientOrderId);
            risk.Check(order, Now).Passed.Should().BeTrue();
        }

        if (Book.TryAdd(strategy, message, Venue, Now, out var index) == AddOrderResult.Added)
        {
            Append(index);
        }
    }

    private void Replace(int index, int step)
    {
        var quantity = Book[index].CumQuantity + _random.Next(1, 300);
        var price = Px * _random.Next(1, 20);
        var clientOrderId = _nextClientOrderId++;
        if (risk is not null && OrderStateMachine.CheckReplace(in Book[index], quantity) == RejectReason.None)
        {
            var replacement = RiskRestore.ToRisk(in Book[index]) with { Quantity = quantity, Price = price, ClientOrderId = clientOrderId };
            risk.CheckReplace(replacement, Book[index].ClientOrderId, Now).Passed.Should().BeTrue();
        }

        Record(OrderStateMachine.Replace(Book, index, clientOrderId, quantity, price, Now + step));
    }

    /// <summary>What a venue might say about the order now, including repeats and answers out of turn.</summary>
    private void VenueActs(int index, int step)
    {
        ref var order = ref Book[index];
        var report = new VenueReport { VenueId = Venue, ClOrdId = order.ClOrdId, VenueSequence = step };
        var roll = _random.Next(10);
        switch (order.State)
        {
            case OrderState.PendingNew when order.ReplacesIndex < 0:
                report.Kind = roll < 7 ? VenueReportKind.Accepted : VenueReportKind.Rejected;
                report.VenueOrderId = VenueText.From("V" + index);
                break;
            case OrderState.PendingCancel when roll < 5:
                report.Kind = roll < 3 ? VenueReportKind.Canceled : VenueReportKind.CancelRejected;
                report.ClOrdId = order.PendingClOrdId;
                report.OrigClOrdId = order.ClOrdId;
                break;
            case OrderState.PendingReplace when roll < 5:
                report.Kind = roll < 3 ? VenueReportKind.Replaced : VenueReportKind.CancelRejected;
                report.ForReplace = true;
                report.ClOrdId = order.PendingClOrdId;
                report.OrigClOrdId = order.ClOrdId;
                break;
            default:
                report.Kind = roll switch
                {
                    < 6 => VenueReportKind.Fill,
                    < 7 => VenueReportKind.Canceled,
                    < 8 => VenueReportKind.Expired,
                    _ => VenueReportKind.Status,
                };
                var fill = Math.Max(1, _random.Next(1, (int)Math.Max(2, order.LeavesQuantity + 1)));
                var repeat = _random.Next(5) == 0;
                report.PossibleDuplicate = repeat;
                report.LastQuantity = repeat ? 0 : fill;
                report.CumQuantity = order.CumQuantity + report.LastQuantity;
                report.LastPrice = Px * _random.Next(1, 20);
                break;
        }

        Record(OrderStateMachine.OnReport(Book, in report, Now + step));
    }

    private void Record(OrderResult result)
    {
        Seen.Add(result.Action);
        if (result.Changed)
        {
            Append(result.Index);
            if (result.OtherIndex >= 0)
            {
                Append(result.OtherIndex);
            }
        }

        TellRisk(in result);
        if (result.FollowUpCancelIndex >= 0)
        {
            ref var order = ref Book[result.FollowUpCancelIndex];
            Record(OrderStateMachine.Cancel(Book, order.Index, order.CancelReason, Now));
        }
    }

    private void TellRisk(in OrderResult result)
    {
        if (risk is null || result.Risk == RiskNotice.None)
        {
            return;
        }

        ref var order = ref Book[result.Index];
        var outcome = result.Risk switch
        {
            RiskNotice.OnAccepted => risk.OnAccepted(order.StrategyId, order.ClientOrderId),
            RiskNotice.OnFilled => risk.OnFilled(order.StrategyId, order.ClientOrderId, result.Quantity, result.Price, Now),
            RiskNotice.OnCanceled => risk.OnCanceled(order.StrategyId, order.ClientOrderId),
            RiskNotice.OnRejected => risk.OnRejected(order.StrategyId, order.ClientOrderId),
            RiskNotice.OnExpired => risk.OnExpired(order.StrategyId, order.ClientOrderId),
            RiskNotice.OnReplaced => risk.OnReplaced(order.StrategyId, order.ClientOrderId),
            _ => risk.OnReplaceRejected(order.StrategyId, order.ClientOrderId),
        };
        if (result.Anomaly == OrderAnomaly.Overfill)
        {
            // While a larger replace is pending the engine allows fills up to the new quantity; the book flags them.
            outcome.Should().BeOneOf(LifecycleResult.Overfill, LifecycleResult.Applied);
        }
        else
        {
            outcome.Should().Be(LifecycleResult.Applied, $"{result.Risk} for {order.ClientOrderId} ({order.State})");
        }
    }

    private void Append(int index)
    {
        var bytes = new byte[OrderRecordCodec.Size];
        OrderRecordCodec.TryWrite(in Book[index], bytes);
        Journal.Add(bytes);
    }
}
