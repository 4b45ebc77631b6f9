using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues.Orders;
using TimeInForce = Gateway.Api.Protocol.TimeInForce;

namespace Gateway.Tests.Orders;

/// <summary>A small book, orders for strategy 1 on venue 3, and venue reports built from what the book sent.</summary>
internal static class OrderTestKit
{
    public const int Strategy = 1;
    public const int Account = 7;
    public const int Instrument = 42;
    public const int Venue = 3;
    public const long Now = 1_772_409_600_000_000_000L;
    public const long Px = 100_000_000L;

    public static OrderBook Book(int capacity = 64) => new(capacity);

    public static NewOrderMessage NewOrder(long clientOrderId, long quantity = 100, long price = 10 * Px,
        TimeInForce timeInForce = TimeInForce.Day, Gateway.Api.Protocol.Side side = Gateway.Api.Protocol.Side.Buy) => new()
        {
            ClientOrderId = clientOrderId,
            AccountId = Account,
            InstrumentId = Instrument,
            VenueId = Venue,
            Side = side,
            OrderType = Gateway.Api.Protocol.OrderType.Limit,
            TimeInForce = timeInForce,
            Quantity = quantity,
            Price = price,
        };

    /// <summary>Adds an order (PendingNew) and returns its index.</summary>
    public static int Add(this OrderBook book, long clientOrderId, long quantity = 100,
        TimeInForce timeInForce = TimeInForce.Day, int strategy = Strategy)
    {
        book.TryAdd(strategy, NewOrder(clientOrderId, quantity, timeInForce: timeInForce), Venue, Now, out var index)
            .Should().Be(AddOrderResult.Added);
        return index;
    }

    /// <summary>Adds an order and has the venue accept it.</summary>
    public static int AddAccepted(this OrderBook book, long clientOrderId, long quantity = 100)
    {
        var index = book.Add(clientOrderId, quantity);
        book.Report(Accepted(book[index].ClOrdId)).Action.Should().Be(OrderAction.Accepted);
        return index;
    }

    public static OrderResult Report(this OrderBook book, VenueReport report) => OrderStateMachine.OnReport(book, in report, Now);

    private static long _sequence;

    private static VenueReport Base(VenueReportKind kind, long clOrdId, long origClOrdId = 0) => new()
    {
        Kind = kind,
        VenueId = Venue,
        ClOrdId = clOrdId,
        OrigClOrdId = origClOrdId,
        VenueSequence = Interlocked.Increment(ref _sequence),
    };

    public static VenueReport Accepted(long clOrdId, string venueOrderId = "V1")
    {
        var report = Base(VenueReportKind.Accepted, clOrdId);
        report.VenueOrderId = VenueText.From(venueOrderId);
        return report;
    }

    public static VenueReport Fill(long clOrdId, long last, long cum, long price = 10 * Px, long leaves = 0)
    {
        var report = Base(VenueReportKind.Fill, clOrdId);
        report.LastQuantity = last;
        report.LastPrice = price;
        report.CumQuantity = cum;
        report.LeavesQuantity = leaves;
        return report;
    }

    public static VenueReport Canceled(long clOrdId, long origClOrdId = 0) => Base(VenueReportKind.Canceled, clOrdId, origClOrdId);

    public static VenueReport Expired(long clOrdId) => Base(VenueReportKind.Expired, clOrdId);

    public static VenueReport Rejected(long clOrdId, string text = "no")
    {
        var report = Base(VenueReportKind.Rejected, clOrdId);
        report.Text = VenueText.From(text);
        return report;
    }

    public static VenueReport CancelRejected(long clOrdId, long origClOrdId, bool forReplace = false)
    {
        var report = Base(VenueReportKind.CancelRejected, clOrdId, origClOrdId);
        report.ForReplace = forReplace;
        return report;
    }

    public static VenueReport Replaced(long clOrdId, long origClOrdId, string venueOrderId = "")
    {
        var report = Base(VenueReportKind.Replaced, clOrdId, origClOrdId);
        report.VenueOrderId = VenueText.From(venueOrderId);
        return report;
    }

    public static VenueReport Status(long clOrdId) => Base(VenueReportKind.Status, clOrdId);

    public static VenueReport Duplicate(this VenueReport report)
    {
        report.PossibleDuplicate = true;
        return report;
    }
}
