using FluentAssertions;
using Gateway.Operations.Search;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Operations;

/// <summary>
/// The message search over the logs a real flow wrote: a FIX 4.4 venue (names from FIX44.xml) and OUCH 5.0 and 4.2
/// venues (names from the codec layouts), by the gateway's ClOrdID, by the venue's order id, by session and time.
/// </summary>
[Category("System")]
public sealed class MessageSearchSystemTests
{
    [Test]
    [CancelAfter(120_000)]
    public void Finds_an_orders_messages_in_fix_and_ouch_logs_decoded_field_by_field(CancellationToken cancellation)
    {
        using var world = OpsWorld.Start(cancellation);
        using var client = world.Connect();
        var fixOrder = ClOrdIdOf(world, OpsWorld.FilledBuy(client, 11, OpsWorld.Aapl, 190.05m, cancellation));
        _ = OpsWorld.FilledBuy(client, 12, OpsWorld.Aapl, 190.05m, cancellation);
        var ouch50Order = ClOrdIdOf(world, OpsWorld.FilledBuy(client, 13, OpsWorld.Msft, 410.00m, cancellation));
        var ouch42Order = ClOrdIdOf(world, OpsWorld.FilledBuy(client, 14, OpsWorld.Ibm, 150.00m, cancellation));
        _ = OpsWorld.FilledBuy(client, 15, OpsWorld.Ibm, 150.00m, cancellation);
        var search = new MessageSearch(world.Host);

        // FIX: the NewOrderSingle out and the venue's execution reports in, with tag and enum names from FIX44.xml.
        var fix = WaitForHits(search, new MessageQuery { ClOrdId = fixOrder }, h => h.Any(m => m.Direction == "in" && m.MsgType == "8"), cancellation);
        fix.Should().OnlyContain(m => m.Session == "FIX44" && m.Protocol == "FIX.4.4");
        var order = fix[0];
        (order.Direction, order.MsgType, order.MsgTypeName).Should().Be(("out", "D", "NewOrderSingle"));
        order.Fields.Should().ContainSingle(f => f.Tag == 11).Which.Should().Be(new FoundField(11, "ClOrdID", fixOrder, null));
        order.Fields.Should().ContainSingle(f => f.Tag == 54).Which.Should().Be(new FoundField(54, "Side", "1", "BUY"));
        order.Raw.Should().StartWith("8=FIX.4.4|").And.Contain($"|11={fixOrder}|");
        var report = fix.Last(m => m.MsgType == "8");
        report.MsgTypeName.Should().Be("ExecutionReport");
        var orderId = report.Fields.Single(f => f.Tag == 37).Value;
        fix.Should().BeInAscendingOrder(m => m.Time);

        var byOrderId = search.Find(new MessageQuery { OrderId = orderId });
        byOrderId.Should().NotBeEmpty().And.OnlyContain(m => m.Fields.Any(f => f.Tag == 37 && f.Value == orderId));

        // OUCH 5.0: Enter Order (the log's ClOrdId), then Accepted and Executed found through the order's UserRefNum.
        var ouch50 = WaitForHits(search, new MessageQuery { ClOrdId = ouch50Order }, h => h.Count == 3, cancellation);
        ouch50.Select(m => (m.Direction, m.MsgType, m.MsgTypeName)).Should().Equal(
            ("out", "O", "EnterOrder"), ("in", "A", "OrderAccepted"), ("in", "E", "OrderExecuted"));
        ouch50.Should().OnlyContain(m => m.Session == "OUCH50" && m.Protocol == "OUCH5.0");
        var enter = ouch50[0];
        enter.Fields.Should().Contain(new FoundField(5, "Side", "B", "Buy"));
        enter.Fields.Should().Contain(new FoundField(10, "Symbol", "MSFT", null));
        enter.Fields.Should().Contain(new FoundField(18, "Price", "410.0000", null));
        // OUCH 5.0's ClOrdID is alpha 14: the adapter writes the low 14 digits of the gateway's ClOrdId there.
        ouch50Order.Should().EndWith(enter.Fields.Single(f => f.Tag == 31 && f.Name == "ClOrdID").Value);
        enter.Raw.Should().MatchRegex("^[0-9A-F]+$").And.StartWith("4F");
        var reference = ouch50[1].Fields.Single(f => f.Name == "OrderReferenceNumber").Value;
        search.Find(new MessageQuery { OrderId = reference, Session = "OUCH50" })
            .Select(m => m.MsgTypeName).Should().Equal("OrderAccepted", "OrderExecuted");

        // OUCH 4.2: tokens instead of UserRefNums, same story.
        var ouch42 = WaitForHits(search, new MessageQuery { ClOrdId = ouch42Order }, h => h.Count == 3, cancellation);
        ouch42.Select(m => m.MsgTypeName).Should().Equal("EnterOrder", "Accepted", "Executed");
        ouch42[0].Fields.Should().Contain(f => f.Name == "OrderToken" && f.Tag == 1);
        ouch42[2].Fields.Should().Contain(new FoundField(23, "ExecutedShares", "10", null));

        // Session, time range and limit.
        search.Find(new MessageQuery { ClOrdId = fixOrder, Session = "OUCH50" }).Should().BeEmpty();
        search.Find(new MessageQuery { ClOrdId = fixOrder, From = DateTimeOffset.UtcNow.AddMinutes(1) }).Should().BeEmpty();
        search.Find(new MessageQuery { ClOrdId = fixOrder, To = DateTimeOffset.UtcNow.AddHours(-1) }).Should().BeEmpty();
        search.Find(new MessageQuery { ClOrdId = fixOrder, From = fix[0].Time, To = fix[0].Time }).Should().HaveCount(1);
        var limited = search.Find(new MessageQuery { Limit = 3 });
        limited.Should().HaveCount(3).And.BeInAscendingOrder(m => m.Time);
        search.Find(new MessageQuery { Session = "OUCH42" }).Should().HaveCount(6, "two Enter Orders, two Accepted, two Executed");
        search.Find(new MessageQuery { ClOrdId = "no-such-order" }).Should().BeEmpty();
    }

    private static string ClOrdIdOf(OpsWorld world, long gatewayOrderId) =>
        world.Host.Book[(int)gatewayOrderId].ClOrdId.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The logs are written by background threads: search until the hits are all there.</summary>
    private static IReadOnlyList<FoundMessage> WaitForHits(MessageSearch search, MessageQuery query,
        Func<IReadOnlyList<FoundMessage>, bool> complete, CancellationToken cancellation)
    {
        IReadOnlyList<FoundMessage> hits = [];
        Wait.Until(() => complete(hits = search.Find(query)), FlowRecorder.Deadline, cancellation, $"the log lines of {query}");
        return hits;
    }
}
