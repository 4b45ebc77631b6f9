using FluentAssertions;
using Gateway.Venues.Ouch.Codec42;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// Bytes → fields for every OUCH 4.2 message, from bytes written out by hand field by field (not by our writer), with
/// a distinct value in every field so a field read at the wrong offset shows; each message is also re-encoded by the
/// writer to the same bytes. The writer → bytes direction of every message is in <see cref="Ouch42CodecTests"/>.
/// </summary>
public sealed class Ouch42GoldenDecodeTests
{
    private const string TsHex = "00001F1ACED9F001"; // 09:30:00.000000001
    private const ulong Ts = 0x0000_1F1A_CED9_F001;
    private readonly byte[] _buffer = new byte[128];

    [Test]
    public void Enter_order()
    {
        var bytes = Hex.Of("'O'", "'ABCDEFGHIJKLMN'", "'T'", "0001E240", "'MSFT    '", "00BC614E", "0001869F", "'FRM1'", "'N'",
            "'P'", "'Y'", "00000457", "'C'", "'N'");
        bytes.Length.Should().Be(Ouch42Layout.EnterOrderLength);
        var m = new Ouch42EnterOrder(bytes);
        (Hex.Ascii(m.Token), m.Side, m.Shares, Hex.Ascii(m.Stock), m.Price, m.TimeInForce, Hex.Ascii(m.Firm)).Should().Be(
            ("ABCDEFGHIJKLMN", (byte)'T', 123_456u, "MSFT    ", 12_345_678u, 99_999u, "FRM1"));
        (m.Display, m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.CustomerType).Should().Be(
            ((byte)'N', (byte)'P', (byte)'Y', 1111u, (byte)'C', (byte)'N'));
        Reencoded(Ouch42Writer.EnterOrder(_buffer, m.Token, m.Side, m.Shares, m.Stock, m.Price, m.TimeInForce, m.Firm, m.Display,
            m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.CustomerType)).Should().Equal(bytes);
    }

    [Test]
    public void Replace_order()
    {
        var bytes = Hex.Of("'U'", "'ABCDEFGHIJKLMN'", "'ZYXWVUTSRQPONM'", "00000BB8", "7FFFFFFF", "00000000", "'A'", "'N'", "00000064");
        bytes.Length.Should().Be(Ouch42Layout.ReplaceOrderLength);
        var m = new Ouch42ReplaceOrder(bytes);
        (Hex.Ascii(m.ExistingToken), Hex.Ascii(m.ReplacementToken), m.Shares, m.Price, m.TimeInForce, m.Display,
            m.IntermarketSweep, m.MinimumQuantity).Should().Be(
            ("ABCDEFGHIJKLMN", "ZYXWVUTSRQPONM", 3000u, Ouch42Layout.MarketPrice, Ouch42Layout.TifImmediate, (byte)'A', (byte)'N', 100u));
        Reencoded(Ouch42Writer.ReplaceOrder(_buffer, m.ExistingToken, m.ReplacementToken, m.Shares, m.Price, m.TimeInForce,
            m.Display, m.IntermarketSweep, m.MinimumQuantity)).Should().Equal(bytes);
    }

    [Test]
    public void Cancel_order()
    {
        var bytes = Hex.Of("'X'", "'TOK           '", "00000019");
        var m = new Ouch42CancelOrder(bytes);
        (Hex.Ascii(m.Token), m.Shares).Should().Be(("TOK           ", 25u));
        Reencoded(Ouch42Writer.CancelOrder(_buffer, "TOK"u8, 25)).Should().Equal(bytes);
    }

    [Test]
    public void System_event()
    {
        var bytes = Hex.Of("'S'", TsHex, "'E'");
        var m = new Ouch42SystemEvent(bytes);
        (m.Timestamp, m.Event).Should().Be((Ts, (byte)'E'));
        Reencoded(Ouch42Writer.SystemEvent(_buffer, m.Timestamp, m.Event)).Should().Equal(bytes);
    }

    [Test]
    public void Accepted()
    {
        var bytes = Hex.Of("'A'", TsHex, "'ABCDEFGHIJKLMN'", "'E'", "0001E240", "'ZVZZT   '", "00BC614E", "0001869E", "'FRM1'",
            "'Y'", "0A0B0C0D0E0F1011", "'R'", "'Y'", "00000457", "'O'", "'D'", "'S'");
        bytes.Length.Should().Be(Ouch42Layout.AcceptedLength);
        var m = new Ouch42Accepted(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.Side, m.Shares, Hex.Ascii(m.Stock), m.Price, m.TimeInForce, Hex.Ascii(m.Firm))
            .Should().Be((Ts, "ABCDEFGHIJKLMN", (byte)'E', 123_456u, "ZVZZT   ", 12_345_678u, 99_998u, "FRM1"));
        (m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.OrderState,
            m.BboWeightIndicator).Should().Be(
            ((byte)'Y', 0x0A0B0C0D0E0F1011UL, (byte)'R', (byte)'Y', 1111u, (byte)'O', (byte)'D', (byte)'S'));
        Reencoded(Ouch42Writer.Accepted(_buffer, m.Timestamp, m.Token, m.Side, m.Shares, m.Stock, m.Price, m.TimeInForce, m.Firm,
            m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.OrderState,
            m.BboWeightIndicator)).Should().Equal(bytes);
    }

    [Test]
    public void Replaced()
    {
        var bytes = Hex.Of("'U'", TsHex, "'ZYXWVUTSRQPONM'", "'S'", "00000BB8", "'ZVZZT   '", "00BC614E", "00000000", "'FRM1'",
            "'N'", "0A0B0C0D0E0F1011", "'A'", "'N'", "00000000", "'N'", "'L'", "'ABCDEFGHIJKLMN'", "'2'");
        bytes.Length.Should().Be(Ouch42Layout.ReplacedLength);
        var r = new Ouch42Replaced(bytes);
        var m = r.Order;
        (m.Timestamp, Hex.Ascii(m.Token), m.Side, m.Shares, Hex.Ascii(m.Stock), m.Price, m.TimeInForce, Hex.Ascii(m.Firm))
            .Should().Be((Ts, "ZYXWVUTSRQPONM", (byte)'S', 3000u, "ZVZZT   ", 12_345_678u, 0u, "FRM1"));
        (m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.OrderState)
            .Should().Be(((byte)'N', 0x0A0B0C0D0E0F1011UL, (byte)'A', (byte)'N', 0u, (byte)'N', (byte)'L'));
        (Hex.Ascii(r.PreviousToken), r.BboWeightIndicator).Should().Be(("ABCDEFGHIJKLMN", (byte)'2'));
        Reencoded(Ouch42Writer.Replaced(_buffer, m.Timestamp, m.Token, m.Side, m.Shares, m.Stock, m.Price, m.TimeInForce, m.Firm,
            m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.OrderState,
            r.PreviousToken, r.BboWeightIndicator)).Should().Equal(bytes);
    }

    [Test]
    public void Canceled()
    {
        var bytes = Hex.Of("'C'", TsHex, "'ABCDEFGHIJKLMN'", "0001E240", "'Q'");
        bytes.Length.Should().Be(Ouch42Layout.CanceledLength);
        var m = new Ouch42Canceled(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.DecrementShares, m.Reason).Should().Be((Ts, "ABCDEFGHIJKLMN", 123_456u, (byte)'Q'));
        Reencoded(Ouch42Writer.Canceled(_buffer, m.Timestamp, m.Token, m.DecrementShares, m.Reason)).Should().Equal(bytes);
    }

    [Test]
    public void Executed()
    {
        var bytes = Hex.Of("'E'", TsHex, "'ABCDEFGHIJKLMN'", "0001E240", "00BC614E", "'R'", "0102030405060708");
        bytes.Length.Should().Be(Ouch42Layout.ExecutedLength);
        var m = new Ouch42Executed(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.ExecutedShares, m.ExecutionPrice, m.LiquidityFlag, m.MatchNumber).Should().Be(
            (Ts, "ABCDEFGHIJKLMN", 123_456u, 12_345_678u, (byte)'R', 0x0102030405060708UL));
        Reencoded(Ouch42Writer.Executed(_buffer, m.Timestamp, m.Token, m.ExecutedShares, m.ExecutionPrice, m.LiquidityFlag,
            m.MatchNumber)).Should().Equal(bytes);
    }

    [Test]
    public void Rejected()
    {
        var bytes = Hex.Of("'J'", TsHex, "'ABCDEFGHIJKLMN'", "'H'");
        bytes.Length.Should().Be(Ouch42Layout.RejectedLength);
        var m = new Ouch42Rejected(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.Reason).Should().Be((Ts, "ABCDEFGHIJKLMN", (byte)'H'));
        Reencoded(Ouch42Writer.Rejected(_buffer, m.Timestamp, m.Token, m.Reason)).Should().Equal(bytes);
    }

    [Test]
    public void Broken_trade()
    {
        var bytes = Hex.Of("'B'", TsHex, "'ABCDEFGHIJKLMN'", "0102030405060708", "'C'");
        bytes.Length.Should().Be(Ouch42Layout.BrokenTradeLength);
        var m = new Ouch42BrokenTrade(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.MatchNumber, m.Reason).Should().Be((Ts, "ABCDEFGHIJKLMN", 0x0102030405060708UL, (byte)'C'));
        Reencoded(Ouch42Writer.BrokenTrade(_buffer, m.Timestamp, m.Token, m.MatchNumber, m.Reason)).Should().Equal(bytes);
    }

    [TestCase('P')]
    [TestCase('I')]
    public void Cancel_pending_and_cancel_reject(char type)
    {
        var bytes = Hex.Of($"'{type}'", TsHex, "'ABCDEFGHIJKLMN'");
        bytes.Length.Should().Be(Ouch42Layout.CancelPendingLength);
        var m = new Ouch42TokenEvent(bytes);
        (m.Type, m.Timestamp, Hex.Ascii(m.Token)).Should().Be(((byte)type, Ts, "ABCDEFGHIJKLMN"));
        var length = type == 'P' ? Ouch42Writer.CancelPending(_buffer, m.Timestamp, m.Token) : Ouch42Writer.CancelReject(_buffer, m.Timestamp, m.Token);
        Reencoded(length).Should().Equal(bytes);
    }

    [Test]
    public void Priority_update()
    {
        var bytes = Hex.Of("'T'", TsHex, "'ABCDEFGHIJKLMN'", "00BC614E", "'A'", "0A0B0C0D0E0F1011");
        bytes.Length.Should().Be(Ouch42Layout.PriorityUpdateLength);
        var m = new Ouch42PriorityUpdate(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.Price, m.Display, m.OrderReferenceNumber).Should().Be(
            (Ts, "ABCDEFGHIJKLMN", 12_345_678u, (byte)'A', 0x0A0B0C0D0E0F1011UL));
        Reencoded(Ouch42Writer.PriorityUpdate(_buffer, m.Timestamp, m.Token, m.Price, m.Display, m.OrderReferenceNumber))
            .Should().Equal(bytes);
    }

    [Test]
    public void Order_modified()
    {
        var bytes = Hex.Of("'M'", TsHex, "'ABCDEFGHIJKLMN'", "'S'", "0001E240");
        bytes.Length.Should().Be(Ouch42Layout.OrderModifiedLength);
        var m = new Ouch42OrderModified(bytes);
        (m.Timestamp, Hex.Ascii(m.Token), m.Side, m.Shares).Should().Be((Ts, "ABCDEFGHIJKLMN", (byte)'S', 123_456u));
        Reencoded(Ouch42Writer.OrderModified(_buffer, m.Timestamp, m.Token, m.Side, m.Shares)).Should().Equal(bytes);
    }

    private byte[] Reencoded(int length) => _buffer.AsSpan(0, length).ToArray();
}
