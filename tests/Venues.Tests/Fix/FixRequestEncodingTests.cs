using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>
/// D, F and G as each dialect writes them: every body field checked, and the whole message validated against the
/// version's QuickFIX dictionary (FIX42, FIX44, FIXT11 + FIX50SP2) with our validator.
/// </summary>
public sealed class FixRequestEncodingTests
{
    private const string Time = "60=20240305-10:00:00.123|";

    [TestCase("FIX.4.2", "11=1001|1=ACC1|21=1|55=VOD.L|54=1|" + Time + "38=100|40=2|44=123.45|59=0|")]
    [TestCase("FIX.4.4", "11=1001|1=ACC1|21=1|55=VOD.L|54=1|" + Time + "38=100|40=2|44=123.45|59=0|")]
    [TestCase("FIXT.1.1", "11=1001|1=ACC1|55=VOD.L|54=1|" + Time + "38=100|40=2|44=123.45|59=0|")]
    public void NewOrderSingle(string beginString, string body)
    {
        using var venue = new VenueHarness(beginString);
        var frame = venue.SendAndCapture(VenueHarness.NewOrder());
        VenueHarness.Field(frame, 35).Should().Be("D");
        VenueHarness.Field(frame, 8).Should().Be(beginString);
        VenueHarness.Body(frame).Should().Be(body);
        AssertValid(beginString, frame);
    }

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    public void OrderCancelRequest(string beginString)
    {
        using var venue = new VenueHarness(beginString);
        var frame = venue.SendAndCapture(VenueHarness.Cancel());
        VenueHarness.Field(frame, 35).Should().Be("F");
        VenueHarness.Body(frame).Should().Be("41=1001|11=1002|37=V-9|1=ACC1|55=VOD.L|54=1|" + Time + "38=100|");
        AssertValid(beginString, frame);
    }

    [TestCase("FIX.4.2", "41=1001|11=1003|37=V-9|1=ACC1|21=1|55=VOD.L|54=2|" + Time + "38=250|40=2|44=0.995|59=1|")]
    [TestCase("FIX.4.4", "41=1001|11=1003|37=V-9|1=ACC1|21=1|55=VOD.L|54=2|" + Time + "38=250|40=2|44=0.995|59=1|")]
    [TestCase("FIXT.1.1", "41=1001|11=1003|37=V-9|1=ACC1|55=VOD.L|54=2|" + Time + "38=250|40=2|44=0.995|59=1|")]
    public void OrderCancelReplaceRequest(string beginString, string body)
    {
        using var venue = new VenueHarness(beginString);
        var frame = venue.SendAndCapture(VenueHarness.Replace());
        VenueHarness.Field(frame, 35).Should().Be("G");
        VenueHarness.Body(frame).Should().Be(body);
        AssertValid(beginString, frame);
    }

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    public void Extra_tags_and_security_id_as_configured(string beginString)
    {
        using var venue = new VenueHarness(beginString, o => o with
        {
            SecurityIds = new Dictionary<int, string> { [VenueHarness.Instrument] = "GB00BH4HKS39" },
            SecurityIdSource = "4",
            NewOrderTags = [new FixTag(100, "XLON"), new FixTag(18, "G")],
            CancelTags = [new FixTag(58, "gw cancel")], // 100 is not a field of F in any of the dictionaries
            ReplaceTags = [new FixTag(100, "XLOR")],
        });

        var order = venue.SendAndCapture(VenueHarness.NewOrder());
        VenueHarness.Body(order).Should().EndWith("|55=VOD.L|48=GB00BH4HKS39|22=4|54=1|" + Time + "38=100|40=2|44=123.45|59=0|100=XLON|18=G|");
        AssertValid(beginString, order);

        var cancel = venue.SendAndCapture(VenueHarness.Cancel());
        VenueHarness.Body(cancel).Should().EndWith("|38=100|58=gw cancel|");
        AssertValid(beginString, cancel);

        var replace = venue.SendAndCapture(VenueHarness.Replace());
        VenueHarness.Body(replace).Should().EndWith("|59=1|100=XLOR|");
        AssertValid(beginString, replace);
    }

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    public void Market_order_has_no_price_and_each_side_and_time_in_force_has_its_code(string beginString)
    {
        using var venue = new VenueHarness(beginString);
        var market = venue.SendAndCapture(VenueHarness.NewOrder(type: OrderType.Market, side: Side.SellShort, tif: TimeInForce.ImmediateOrCancel));
        VenueHarness.Field(market, 40).Should().Be("1");
        VenueHarness.Field(market, 44).Should().BeNull();
        VenueHarness.Field(market, 54).Should().Be("5");
        VenueHarness.Field(market, 59).Should().Be("3");
        AssertValid(beginString, market);

        var fok = venue.SendAndCapture(VenueHarness.NewOrder(clOrdId: 1004, side: Side.Sell, tif: TimeInForce.FillOrKill));
        VenueHarness.Field(fok, 54).Should().Be("2");
        VenueHarness.Field(fok, 59).Should().Be("4");
        AssertValid(beginString, fok);
    }

    [Test]
    public void Without_order_id_or_account_when_not_known_or_not_wanted()
    {
        using var venue = new VenueHarness("FIX.4.4", o => o with { SendOrderIdOnCancelReplace = false });
        var cancel = venue.SendAndCapture(VenueHarness.Cancel());
        VenueHarness.Field(cancel, 37).Should().BeNull();

        var noAccount = VenueHarness.Replace();
        noAccount.AccountId = 99;
        noAccount.VenueOrderId = default;
        var replace = venue.SendAndCapture(noAccount);
        VenueHarness.Field(replace, 1).Should().BeNull();
        VenueHarness.Field(replace, 37).Should().BeNull();
        AssertValid("FIX.4.4", replace);
    }

    [Test]
    public void HandlInst_can_be_left_off_for_44_but_not_for_42()
    {
        using var v44 = new VenueHarness("FIX.4.4", o => o with { HandlInst = '\0' });
        VenueHarness.Field(v44.SendAndCapture(VenueHarness.NewOrder()), 21).Should().BeNull();

        using var v42 = new VenueHarness("FIX.4.2", o => o with { HandlInst = '\0' });
        VenueHarness.Field(v42.SendAndCapture(VenueHarness.NewOrder()), 21).Should().Be("1");

        using var automated = new VenueHarness("FIX.4.2", o => o with { HandlInst = '3' });
        VenueHarness.Field(automated.SendAndCapture(VenueHarness.Replace()), 21).Should().Be("3");
    }

    [Test]
    public void A_cancel_without_quantity_leaves_OrderQty_off()
    {
        using var venue = new VenueHarness("FIX.4.2");
        var cancel = VenueHarness.Cancel();
        cancel.Quantity = 0;
        VenueHarness.Field(venue.SendAndCapture(cancel), 38).Should().BeNull();
    }

    private static void AssertValid(string beginString, string frameText)
    {
        var validator = SharedFixSpec.ValidatorFor(beginString);
        var frame = Encoding.ASCII.GetBytes(frameText.Replace('|', '\u0001'));
        var fields = new FixFieldTable();
        fields.Scan(frame, validator.DataFieldPairs);
        fields.Error.Should().Be(FixScanError.None);
        var message = new FixMessage(frame, fields);
        validator.Validate(in message, out var reject).Should().BeTrue(reject.ToString());
    }
}
