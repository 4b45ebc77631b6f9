using FluentAssertions;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// Bytes → fields for every OUCH 5.0 message, from bytes written out by hand field by field (not by our writer), each
/// with a two-element appendage, a distinct value in every field so a field read at the wrong offset shows; each is
/// re-encoded by the writer to the same bytes. The writer → bytes direction is in <see cref="Ouch50CodecTests"/>.
/// </summary>
public sealed class Ouch50GoldenDecodeTests
{
    private const string TsHex = "00001F1ACED9F001";
    private const ulong Ts = 0x0000_1F1A_CED9_F001;

    /// <summary>Appendage Length 7, then (len 3, tag 0x0F, "ab") and (len 2, tag 0x16, 0x05).</summary>
    private const string AppendageHex = "0007 030F6162 021605";

    private readonly byte[] _buffer = new byte[160];

    [Test]
    public void Enter_order()
    {
        var bytes = Hex.Of("'O'", "0000162E", "'T'", "0001E240", "'MSFT    '", "00000000075BCD15", "'3'", "'N'", "'P'", "'Y'",
            "'C'", "'CL-ORD-1      '", AppendageHex);
        var m = new Ouch50EnterOrder(bytes);
        Complete(bytes, Ouch50Layout.EnterOrderFixedLength);
        (m.UserRefNum, m.Side, m.Quantity, Hex.Ascii(m.Symbol), m.Price, m.TimeInForce, m.Display, m.Capacity, m.IntermarketSweep,
            m.CrossType, Hex.Ascii(m.ClOrdId)).Should().Be(
            (5678u, (byte)'T', 123_456u, "MSFT    ", 123_456_789UL, (byte)'3', (byte)'N', (byte)'P', (byte)'Y', (byte)'C', "CL-ORD-1      "));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.EnterOrder(_buffer, m.UserRefNum, m.Side, m.Quantity, m.Symbol, m.Price, m.TimeInForce, m.Display,
            m.Capacity, m.IntermarketSweep, m.CrossType, m.ClOrdId, m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void Replace_order()
    {
        var bytes = Hex.Of("'U'", "0000162E", "0000162F", "00000BB8", "00000000075BCD15", "'0'", "'Y'", "'N'", "'CL-ORD-2      '",
            AppendageHex);
        Complete(bytes, Ouch50Layout.ReplaceOrderFixedLength);
        var m = new Ouch50ReplaceOrder(bytes);
        (m.OrigUserRefNum, m.UserRefNum, m.Quantity, m.Price, m.TimeInForce, m.Display, m.IntermarketSweep, Hex.Ascii(m.ClOrdId))
            .Should().Be((5678u, 5679u, 3000u, 123_456_789UL, (byte)'0', (byte)'Y', (byte)'N', "CL-ORD-2      "));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.ReplaceOrder(_buffer, m.OrigUserRefNum, m.UserRefNum, m.Quantity, m.Price, m.TimeInForce, m.Display,
            m.IntermarketSweep, m.ClOrdId, m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void Cancel_order()
    {
        var bytes = Hex.Of("'X'", "0000162E", "00000019", AppendageHex);
        Complete(bytes, Ouch50Layout.CancelOrderFixedLength);
        var m = new Ouch50CancelOrder(bytes);
        (m.UserRefNum, m.Quantity).Should().Be((5678u, 25u));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.CancelOrder(_buffer, m.UserRefNum, m.Quantity, m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void System_event()
    {
        var bytes = Hex.Of("'S'", TsHex, "'S'");
        Ouch50Layout.IsComplete(bytes, Ouch50Layout.SystemEventLength).Should().BeTrue();
        var m = new Ouch50SystemEvent(bytes);
        (m.Timestamp, m.Event).Should().Be((Ts, (byte)'S'));
        Reencoded(Ouch50Writer.SystemEvent(_buffer, m.Timestamp, m.Event)).Should().Equal(bytes);
    }

    [Test]
    public void Accepted()
    {
        var bytes = Hex.Of("'A'", TsHex, "0000162E", "'E'", "0001E240", "'ZVZZT   '", "00000000075BCD15", "'5'", "'A'",
            "0A0B0C0D0E0F1011", "'R'", "'Y'", "'O'", "'D'", "'CL-ORD-1      '", AppendageHex);
        Complete(bytes, Ouch50Layout.AcceptedFixedLength);
        var m = new Ouch50Accepted(bytes);
        (m.Timestamp, m.UserRefNum, m.Side, m.Quantity, Hex.Ascii(m.Symbol), m.Price, m.TimeInForce, m.Display).Should().Be(
            (Ts, 5678u, (byte)'E', 123_456u, "ZVZZT   ", 123_456_789UL, (byte)'5', (byte)'A'));
        (m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.CrossType, m.OrderState, Hex.Ascii(m.ClOrdId)).Should().Be(
            (0x0A0B0C0D0E0F1011UL, (byte)'R', (byte)'Y', (byte)'O', (byte)'D', "CL-ORD-1      "));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.Accepted(_buffer, m.Timestamp, m.UserRefNum, m.Side, m.Quantity, m.Symbol, m.Price, m.TimeInForce,
            m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.CrossType, m.OrderState, m.ClOrdId, m.Appendage))
            .Should().Equal(bytes);
    }

    [Test]
    public void Replaced()
    {
        var bytes = Hex.Of("'U'", TsHex, "0000162E", "0000162F", "'S'", "00000BB8", "'ZVZZT   '", "00000000075BCD15", "'6'", "'N'",
            "0A0B0C0D0E0F1011", "'A'", "'N'", "'N'", "'L'", "'CL-ORD-2      '", AppendageHex);
        Complete(bytes, Ouch50Layout.ReplacedFixedLength);
        var m = new Ouch50Replaced(bytes);
        (m.Timestamp, m.OrigUserRefNum, m.UserRefNum, m.Side, m.Quantity, Hex.Ascii(m.Symbol), m.Price, m.TimeInForce, m.Display)
            .Should().Be((Ts, 5678u, 5679u, (byte)'S', 3000u, "ZVZZT   ", 123_456_789UL, (byte)'6', (byte)'N'));
        (m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.CrossType, m.OrderState, Hex.Ascii(m.ClOrdId)).Should().Be(
            (0x0A0B0C0D0E0F1011UL, (byte)'A', (byte)'N', (byte)'N', (byte)'L', "CL-ORD-2      "));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.Replaced(_buffer, m.Timestamp, m.OrigUserRefNum, m.UserRefNum, m.Side, m.Quantity, m.Symbol, m.Price,
            m.TimeInForce, m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.CrossType, m.OrderState, m.ClOrdId,
            m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void Canceled()
    {
        var bytes = Hex.Of("'C'", TsHex, "0000162E", "0001E240", "'Q'", AppendageHex);
        Complete(bytes, Ouch50Layout.CanceledFixedLength);
        var m = new Ouch50Canceled(bytes);
        (m.Timestamp, m.UserRefNum, m.Quantity, m.Reason).Should().Be((Ts, 5678u, 123_456u, (byte)'Q'));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.Canceled(_buffer, m.Timestamp, m.UserRefNum, m.Quantity, m.Reason, m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void Executed()
    {
        var bytes = Hex.Of("'E'", TsHex, "0000162E", "0001E240", "00000000075BCD15", "'R'", "0102030405060708", AppendageHex);
        Complete(bytes, Ouch50Layout.ExecutedFixedLength);
        var m = new Ouch50Executed(bytes);
        (m.Timestamp, m.UserRefNum, m.Quantity, m.Price, m.LiquidityFlag, m.MatchNumber).Should().Be(
            (Ts, 5678u, 123_456u, 123_456_789UL, (byte)'R', 0x0102030405060708UL));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.Executed(_buffer, m.Timestamp, m.UserRefNum, m.Quantity, m.Price, m.LiquidityFlag, m.MatchNumber,
            m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void Rejected()
    {
        var bytes = Hex.Of("'J'", TsHex, "0000162E", "01A4", "'CL-ORD-1      '", AppendageHex);
        Complete(bytes, Ouch50Layout.RejectedFixedLength);
        var m = new Ouch50Rejected(bytes);
        (m.Timestamp, m.UserRefNum, m.Reason, Hex.Ascii(m.ClOrdId)).Should().Be((Ts, 5678u, (ushort)420, "CL-ORD-1      "));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.Rejected(_buffer, m.Timestamp, m.UserRefNum, m.Reason, m.ClOrdId, m.Appendage)).Should().Equal(bytes);
    }

    [Test]
    public void Cancel_reject()
    {
        var bytes = Hex.Of("'I'", TsHex, "0000162E", AppendageHex);
        Complete(bytes, Ouch50Layout.CancelRejectFixedLength);
        var m = new Ouch50CancelReject(bytes);
        (m.Timestamp, m.UserRefNum).Should().Be((Ts, 5678u));
        Elements(m.Appendage);
        Reencoded(Ouch50Writer.CancelReject(_buffer, m.Timestamp, m.UserRefNum, m.Appendage)).Should().Equal(bytes);
    }

    /// <summary>The whole message and nothing less is complete, and its type's fixed length is the one drawn.</summary>
    private static void Complete(byte[] bytes, int fixedLength)
    {
        bytes.Length.Should().Be(fixedLength + 7);
        var outbound = bytes[0] is (byte)'O' or (byte)'X' ? 0 : Ouch50Layout.OutboundFixedLength(bytes[0]);
        var inbound = Ouch50Layout.InboundFixedLength(bytes[0]);
        (outbound == fixedLength || inbound == fixedLength).Should().BeTrue();
        Ouch50Layout.IsComplete(bytes, fixedLength).Should().BeTrue();
        Ouch50Layout.IsComplete(bytes.AsSpan(0, bytes.Length - 1), fixedLength).Should().BeFalse();
    }

    private static void Elements(ReadOnlySpan<byte> appendage)
    {
        appendage.Length.Should().Be(7);
        var elements = new OuchAppendage(appendage);
        elements.TryNext(out var tag, out var value).Should().BeTrue();
        (tag, Hex.Ascii(value)).Should().Be(((byte)0x0F, "ab"));
        elements.TryNext(out tag, out value).Should().BeTrue();
        (tag, value.Length, value[0]).Should().Be(((byte)0x16, 1, (byte)5));
        elements.TryNext(out _, out _).Should().BeFalse();
        elements.IsMalformed.Should().BeFalse();
    }

    private byte[] Reencoded(int length) => _buffer.AsSpan(0, length).ToArray();
}
