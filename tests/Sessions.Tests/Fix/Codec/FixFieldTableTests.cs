using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixFieldTableTests
{
    private readonly FixFieldTable _table = new(initialCapacity: 4);

    [Test]
    public void Scans_fields_in_wire_order()
    {
        var frame = FixText.Frame("8=FIX.4.4|35=AE|34=7|58=hello world|");
        _table.Scan(frame).Should().Be(6);
        _table.Error.Should().Be(FixScanError.None);
        _table.MsgType.Should().Be(MsgTypes.Pack("AE"u8));
        var msg = new FixMessage(frame, _table);
        var tags = new List<int>();
        for (var i = 0; i < msg.FieldCount; i++)
        {
            tags.Add(msg.TagAt(i));
        }

        tags.Should().Equal(8, 9, 35, 34, 58, 10);
        FixText.Show(msg.ValueAt(4)).Should().Be("hello world");
        msg.GetString(58).Should().Be("hello world");
        msg.ValueEquals(35, "AE"u8).Should().BeTrue();
        msg.Has(34).Should().BeTrue();
        msg.Has(99).Should().BeFalse();
    }

    [Test]
    public void Grows_past_its_initial_capacity_and_finds_repeated_tags()
    {
        var frame = FixText.Frame("8=FIX.4.4|35=D|453=3|448=A|447=D|448=B|447=D|448=C|447=D|");
        _table.Scan(frame).Should().Be(11);
        _table.IndexOf(448).Should().Be(4);
        _table.IndexOf(448, 5).Should().Be(6);
        _table.IndexOf(448, 9).Should().Be(-1);
        _table.IndexOf(448, 100).Should().Be(-1);
    }

    [Test]
    public void Takes_a_data_field_by_its_length()
    {
        var frame = FixText.Frame("8=FIX.4.4|35=B|95=7|96=a|b=c|d|58=x|");
        _table.Scan(frame).Should().Be(7);
        _table.Error.Should().Be(FixScanError.None);
        FixText.Show(new FixMessage(frame, _table).GetValue(96)).Should().Be("a|b=c|d");
    }

    [Test]
    public void A_data_length_that_overruns_is_reported()
    {
        _table.Scan(FixText.Bytes("8=FIX.4.4|9=5|35=B|95=50|96=abc|10=000|"));
        _table.Error.Should().Be(FixScanError.BadDataLength);
        _table.ErrorTag.Should().Be(96);
    }

    [Test]
    public void An_empty_value_is_reported_and_the_scan_goes_on()
    {
        _table.Scan(FixText.Bytes("8=FIX.4.4|9=5|35=D|58=|55=X|10=000|")).Should().Be(6);
        _table.Error.Should().Be(FixScanError.TagWithoutValue);
        _table.ErrorTag.Should().Be(58);
        _table.ErrorIndex.Should().Be(3);
    }

    [TestCase("8=FIX.4.4|9=5|35=D|4garbled9=TW|10=000|")]
    [TestCase("8=FIX.4.4|9=5|35=D|=TW|10=000|")]
    [TestCase("8=FIX.4.4|9=5|35=D|0=TW|10=000|")]
    public void A_bad_tag_is_recorded_as_tag_0_and_stops_the_scan(string text)
    {
        _table.Scan(FixText.Bytes(text)).Should().Be(4);
        _table.Error.Should().Be(FixScanError.InvalidTagNumber);
        _table.TagAt(3).Should().Be(0);
        _table.ErrorIndex.Should().Be(3);
    }

    [TestCase("8=FIX.4.4|9=5|35=D|garbage|10=000|")]
    [TestCase("8=FIX.4.4|9=5|35=D|55=X")]
    [TestCase("8=FIX.4.4|9=5|35=D|55")]
    public void A_field_without_equals_or_end_is_garbled(string text)
    {
        _table.Scan(FixText.Bytes(text));
        _table.Error.Should().Be(FixScanError.Garbled);
    }

    [Test]
    public void Too_many_fields_stop_at_the_limit()
    {
        var text = "8=FIX.4.4|35=D|" + string.Concat(Enumerable.Repeat("58=x|", FixFieldTable.MaxFields));
        _table.Scan(FixText.Frame(text)).Should().Be(FixFieldTable.MaxFields);
        _table.Error.Should().Be(FixScanError.TooManyFields);
    }

    [Test]
    public void A_rescan_forgets_the_previous_frame()
    {
        _table.Scan(FixText.Bytes("8=FIX.4.4|9=5|35=D|58=|10=000|"));
        _table.Scan(FixText.Frame("8=FIX.4.4|35=0|"));
        _table.Error.Should().Be(FixScanError.None);
        _table.MsgType.Should().Be(MsgTypes.Heartbeat);
        _table.Count.Should().Be(4);
    }

    [Test]
    public void Message_types_pack_into_integers()
    {
        MsgTypes.Pack("D"u8).Should().Be(MsgTypes.NewOrderSingle);
        MsgTypes.Pack("AD"u8).Should().Be(MsgTypes.TradeCaptureReportRequest);
        MsgTypes.Pack(""u8).Should().Be(0);
        MsgTypes.Pack("ABCDEFGHI"u8).Should().Be(MsgTypes.Unknown);
        var buffer = new byte[8];
        MsgTypes.Unpack(MsgTypes.Pack("ABCDEFGH"u8), buffer).Should().Be(8);
        FixText.Show(buffer).Should().Be("ABCDEFGH");
        MsgTypes.IsAdmin(MsgTypes.Logon).Should().BeTrue();
        MsgTypes.IsAdmin(MsgTypes.NewOrderSingle).Should().BeFalse();
    }
}
