using FluentAssertions;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>Golden bytes of every OUCH 5.0 message, written field by field from the layouts, both ways.</summary>
public sealed class Ouch50CodecTests
{
    private const ulong Ts = 0x0000_2D79_883D_2000;
    private const string TsHex = "00002D79883D2000";
    private const string ClOrdId = "'C1            '";

    /// <summary>Two elements: (len 3, tag 1, "ab") and (len 2, tag 9, 0x07).</summary>
    private static readonly byte[] Appendage = Hex.Of("03 01 6162", "02 09 07");

    private readonly byte[] _buffer = new byte[128];

    [Test]
    public void Enter_order_with_an_appendage()
    {
        var length = Ouch50Writer.EnterOrder(_buffer, 7, (byte)'B', 100, "AAPL"u8, 1_502_500, (byte)'0', (byte)'Y',
            (byte)'A', (byte)'N', (byte)'N', "C1"u8, Appendage);

        Written(length).Should().Equal(Hex.Of("'O'", "00000007", "'B'", "00000064", "'AAPL    '", "000000000016ED24",
            "'0'", "'Y'", "'A'", "'N'", "'N'", ClOrdId, "0007", "0301616202 0907"));
        Ouch50Layout.IsComplete(Written(length), Ouch50Layout.EnterOrderFixedLength).Should().BeTrue();
        var m = new Ouch50EnterOrder(_buffer.AsSpan(0, length));
        (m.UserRefNum, m.Side, m.Quantity, Hex.Ascii(m.Symbol), m.Price, m.TimeInForce, m.Display, m.Capacity,
            m.IntermarketSweep, m.CrossType, Hex.Ascii(m.ClOrdId)).Should().Be(
            (7u, (byte)'B', 100u, "AAPL    ", 1_502_500UL, (byte)'0', (byte)'Y', (byte)'A', (byte)'N', (byte)'N', "C1            "));
        var elements = new OuchAppendage(m.Appendage);
        elements.TryNext(out var tag, out var value).Should().BeTrue();
        (tag, Hex.Ascii(value)).Should().Be(((byte)1, "ab"));
        elements.TryNext(out tag, out value).Should().BeTrue();
        (tag, value[0]).Should().Be(((byte)9, (byte)7));
        elements.TryNext(out _, out _).Should().BeFalse();
        elements.IsMalformed.Should().BeFalse();
    }

    [Test]
    public void Replace_order()
    {
        var length = Ouch50Writer.ReplaceOrder(_buffer, 7, 8, 50, 1_500_000, (byte)'3', (byte)'Y', (byte)'N', "C2"u8);
        Written(length).Should().Equal(Hex.Of("'U'", "00000007", "00000008", "00000032", "000000000016E360", "'3'", "'Y'",
            "'N'", "'C2            '", "0000"));
        var m = new Ouch50ReplaceOrder(_buffer.AsSpan(0, length));
        (m.OrigUserRefNum, m.UserRefNum, m.Quantity, m.Price, m.TimeInForce, m.Display, m.IntermarketSweep, m.Appendage.Length)
            .Should().Be((7u, 8u, 50u, 1_500_000UL, (byte)'3', (byte)'Y', (byte)'N', 0));
    }

    [Test]
    public void Cancel_order()
    {
        var length = Ouch50Writer.CancelOrder(_buffer, 7, 0);
        Written(length).Should().Equal(Hex.Of("'X'", "00000007", "00000000", "0000"));
        var m = new Ouch50CancelOrder(_buffer.AsSpan(0, length));
        (m.UserRefNum, m.Quantity).Should().Be((7u, 0u));
    }

    [Test]
    public void Accepted()
    {
        var length = Ouch50Writer.Accepted(_buffer, Ts, 7, (byte)'S', 300, "MSFT"u8, 3_000_100, (byte)'0', (byte)'Y',
            0x0102030405060708, (byte)'P', (byte)'N', (byte)'N', (byte)'L', "C1"u8);
        Written(length).Should().Equal(Hex.Of("'A'", TsHex, "00000007", "'S'", "0000012C", "'MSFT    '", "00000000002DC724",
            "'0'", "'Y'", "0102030405060708", "'P'", "'N'", "'N'", "'L'", ClOrdId, "0000"));
        var m = new Ouch50Accepted(_buffer.AsSpan(0, length));
        (m.Timestamp, m.UserRefNum, m.Side, m.Quantity, Hex.Ascii(m.Symbol), m.Price, m.TimeInForce, m.Display).Should().Be(
            (Ts, 7u, (byte)'S', 300u, "MSFT    ", 3_000_100UL, (byte)'0', (byte)'Y'));
        (m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.CrossType, m.OrderState, Hex.Ascii(m.ClOrdId)).Should().Be(
            (0x0102030405060708UL, (byte)'P', (byte)'N', (byte)'N', (byte)'L', "C1            "));
    }

    [Test]
    public void Replaced()
    {
        var length = Ouch50Writer.Replaced(_buffer, Ts, 7, 8, (byte)'B', 50, "AAPL"u8, 1_500_000, (byte)'0', (byte)'Y', 9,
            (byte)'A', (byte)'N', (byte)'N', (byte)'L', "C2"u8);
        Written(length).Should().Equal(Hex.Of("'U'", TsHex, "00000007", "00000008", "'B'", "00000032", "'AAPL    '",
            "000000000016E360", "'0'", "'Y'", "0000000000000009", "'A'", "'N'", "'N'", "'L'", "'C2            '", "0000"));
        var m = new Ouch50Replaced(_buffer.AsSpan(0, length));
        (m.OrigUserRefNum, m.UserRefNum, m.Side, m.Quantity, Hex.Ascii(m.Symbol), m.Price, m.TimeInForce, m.Display)
            .Should().Be((7u, 8u, (byte)'B', 50u, "AAPL    ", 1_500_000UL, (byte)'0', (byte)'Y'));
        (m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.CrossType, m.OrderState, Hex.Ascii(m.ClOrdId)).Should().Be(
            (9UL, (byte)'A', (byte)'N', (byte)'N', (byte)'L', "C2            "));
    }

    [Test]
    public void Canceled()
    {
        var length = Ouch50Writer.Canceled(_buffer, Ts, 7, 300, (byte)'U');
        Written(length).Should().Equal(Hex.Of("'C'", TsHex, "00000007", "0000012C", "'U'", "0000"));
        var m = new Ouch50Canceled(_buffer.AsSpan(0, length));
        (m.Timestamp, m.UserRefNum, m.Quantity, m.Reason).Should().Be((Ts, 7u, 300u, (byte)'U'));
    }

    [Test]
    public void Executed()
    {
        var length = Ouch50Writer.Executed(_buffer, Ts, 7, 40, 1_502_500, (byte)'A', 77);
        Written(length).Should().Equal(Hex.Of("'E'", TsHex, "00000007", "00000028", "000000000016ED24", "'A'",
            "000000000000004D", "0000"));
        var m = new Ouch50Executed(_buffer.AsSpan(0, length));
        (m.UserRefNum, m.Quantity, m.Price, m.LiquidityFlag, m.MatchNumber).Should().Be((7u, 40u, 1_502_500UL, (byte)'A', 77UL));
    }

    [Test]
    public void Rejected()
    {
        var length = Ouch50Writer.Rejected(_buffer, Ts, 7, 0x0102, "C1"u8);
        Written(length).Should().Equal(Hex.Of("'J'", TsHex, "00000007", "0102", ClOrdId, "0000"));
        var m = new Ouch50Rejected(_buffer.AsSpan(0, length));
        (m.UserRefNum, m.Reason, Hex.Ascii(m.ClOrdId)).Should().Be((7u, (ushort)0x0102, "C1            "));
    }

    [Test]
    public void Cancel_reject_and_system_event()
    {
        Written(Ouch50Writer.CancelReject(_buffer, Ts, 7)).Should().Equal(Hex.Of("'I'", TsHex, "00000007", "0000"));
        new Ouch50CancelReject(_buffer).UserRefNum.Should().Be(7);
        Written(Ouch50Writer.SystemEvent(_buffer, Ts, (byte)'E')).Should().Equal(Hex.Of("'S'", TsHex, "'E'"));
        new Ouch50SystemEvent(_buffer).Event.Should().Be((byte)'E');
    }

    [Test]
    public void A_message_shorter_than_its_appendage_length_is_incomplete()
    {
        var length = Ouch50Writer.Canceled(_buffer, Ts, 7, 300, (byte)'U', Appendage);
        Ouch50Layout.IsComplete(_buffer.AsSpan(0, length), Ouch50Layout.CanceledFixedLength).Should().BeTrue();
        Ouch50Layout.IsComplete(_buffer.AsSpan(0, length - 1), Ouch50Layout.CanceledFixedLength).Should().BeFalse();
        Ouch50Layout.IsComplete(_buffer.AsSpan(0, 19), Ouch50Layout.CanceledFixedLength).Should().BeFalse();
    }

    [TestCase("00")]
    [TestCase("05 01 61")]
    [TestCase("03 01 6162 04")]
    public void A_bad_appendage_element_stops_the_walk_without_reading_past_it(string hex)
    {
        var elements = new OuchAppendage(Hex.Of(hex));
        while (elements.TryNext(out _, out _))
        {
        }

        elements.IsMalformed.Should().BeTrue();
    }

    private byte[] Written(int length) => _buffer.AsSpan(0, length).ToArray();
}
