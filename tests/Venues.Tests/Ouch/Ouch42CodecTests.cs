using FluentAssertions;
using Gateway.Venues.Ouch.Codec42;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>Golden bytes of every OUCH 4.2 message, written field by field from the layouts, both ways.</summary>
public sealed class Ouch42CodecTests
{
    private const ulong Ts = 0x0000_2D79_883D_2000; // 50,000 s after midnight
    private const string TsHex = "00002D79883D2000";
    private const string Token = "'00000000000007'";
    private readonly byte[] _buffer = new byte[128];

    [Test]
    public void Enter_order()
    {
        var length = Ouch42Writer.EnterOrder(_buffer, "00000000000007"u8, (byte)'B', 100, "AAPL"u8, 1_502_500, 99999,
            "FIRM"u8, (byte)'Y', (byte)'A', (byte)'N', 0, (byte)'N', (byte)'R');

        Written(length).Should().Equal(Hex.Of("'O'", Token, "'B'", "00000064", "'AAPL    '", "0016ED24", "0001869F",
            "'FIRM'", "'Y'", "'A'", "'N'", "00000000", "'N'", "'R'"));
        length.Should().Be(Ouch42Layout.EnterOrderLength);
        var m = new Ouch42EnterOrder(_buffer);
        Hex.Ascii(m.Token).Should().Be("00000000000007");
        (m.Side, m.Shares, Hex.Ascii(m.Stock), m.Price, m.TimeInForce).Should().Be(((byte)'B', 100u, "AAPL    ", 1_502_500u, 99999u));
        (Hex.Ascii(m.Firm), m.Display, m.Capacity, m.IntermarketSweep, m.MinimumQuantity, m.CrossType, m.CustomerType)
            .Should().Be(("FIRM", (byte)'Y', (byte)'A', (byte)'N', 0u, (byte)'N', (byte)'R'));
    }

    [Test]
    public void Replace_order()
    {
        var length = Ouch42Writer.ReplaceOrder(_buffer, "00000000000007"u8, "00000000000008"u8, 50, 1_500_000, 0,
            (byte)'Y', (byte)'N', 10);

        Written(length).Should().Equal(Hex.Of("'U'", Token, "'00000000000008'", "00000032", "0016E360", "00000000",
            "'Y'", "'N'", "0000000A"));
        var m = new Ouch42ReplaceOrder(_buffer);
        (Hex.Ascii(m.ExistingToken), Hex.Ascii(m.ReplacementToken), m.Shares, m.Price, m.TimeInForce, m.Display,
            m.IntermarketSweep, m.MinimumQuantity).Should().Be(
            ("00000000000007", "00000000000008", 50u, 1_500_000u, 0u, (byte)'Y', (byte)'N', 10u));
    }

    [Test]
    public void Cancel_order()
    {
        var length = Ouch42Writer.CancelOrder(_buffer, "00000000000007"u8, 0);
        Written(length).Should().Equal(Hex.Of("'X'", Token, "00000000"));
        var m = new Ouch42CancelOrder(_buffer);
        (Hex.Ascii(m.Token), m.Shares).Should().Be(("00000000000007", 0u));
    }

    [Test]
    public void System_event()
    {
        var length = Ouch42Writer.SystemEvent(_buffer, Ts, (byte)'S');
        Written(length).Should().Equal(Hex.Of("'S'", TsHex, "'S'"));
        var m = new Ouch42SystemEvent(_buffer);
        (m.Timestamp, m.Event).Should().Be((Ts, (byte)'S'));
    }

    [Test]
    public void Accepted()
    {
        var length = Ouch42Writer.Accepted(_buffer, Ts, "00000000000007"u8, (byte)'S', 300, "MSFT"u8, 3_000_100, 0,
            "FIRM"u8, (byte)'Y', 0x0102030405060708, (byte)'P', (byte)'N', 0, (byte)'N', (byte)'L', (byte)' ');

        Written(length).Should().Equal(Hex.Of("'A'", TsHex, Token, "'S'", "0000012C", "'MSFT    '", "002DC724",
            "00000000", "'FIRM'", "'Y'", "0102030405060708", "'P'", "'N'", "00000000", "'N'", "'L'", "' '"));
        length.Should().Be(Ouch42Layout.AcceptedLength);
        var m = new Ouch42Accepted(_buffer);
        (m.Timestamp, Hex.Ascii(m.Token), m.Side, m.Shares, Hex.Ascii(m.Stock), m.Price, m.TimeInForce).Should().Be(
            (Ts, "00000000000007", (byte)'S', 300u, "MSFT    ", 3_000_100u, 0u));
        (Hex.Ascii(m.Firm), m.Display, m.OrderReferenceNumber, m.Capacity, m.IntermarketSweep, m.MinimumQuantity,
            m.CrossType, m.OrderState, m.BboWeightIndicator).Should().Be(
            ("FIRM", (byte)'Y', 0x0102030405060708UL, (byte)'P', (byte)'N', 0u, (byte)'N', (byte)'L', (byte)' '));
    }

    [Test]
    public void Replaced()
    {
        var length = Ouch42Writer.Replaced(_buffer, Ts, "00000000000008"u8, (byte)'B', 50, "AAPL"u8, 1_500_000, 99999,
            "FIRM"u8, (byte)'Y', 9, (byte)'A', (byte)'N', 0, (byte)'N', (byte)'L', "00000000000007"u8, (byte)'1');

        Written(length).Should().Equal(Hex.Of("'U'", TsHex, "'00000000000008'", "'B'", "00000032", "'AAPL    '",
            "0016E360", "0001869F", "'FIRM'", "'Y'", "0000000000000009", "'A'", "'N'", "00000000", "'N'", "'L'",
            Token, "'1'"));
        length.Should().Be(Ouch42Layout.ReplacedLength);
        var m = new Ouch42Replaced(_buffer);
        (Hex.Ascii(m.Order.Token), m.Order.Shares, m.Order.Price, Hex.Ascii(m.PreviousToken), m.BboWeightIndicator)
            .Should().Be(("00000000000008", 50u, 1_500_000u, "00000000000007", (byte)'1'));
    }

    [Test]
    public void Canceled()
    {
        var length = Ouch42Writer.Canceled(_buffer, Ts, "00000000000007"u8, 300, (byte)'U');
        Written(length).Should().Equal(Hex.Of("'C'", TsHex, Token, "0000012C", "'U'"));
        var m = new Ouch42Canceled(_buffer);
        (m.Timestamp, Hex.Ascii(m.Token), m.DecrementShares, m.Reason).Should().Be((Ts, "00000000000007", 300u, (byte)'U'));
    }

    [Test]
    public void Executed()
    {
        var length = Ouch42Writer.Executed(_buffer, Ts, "00000000000007"u8, 40, 1_502_500, (byte)'A', 77);
        Written(length).Should().Equal(Hex.Of("'E'", TsHex, Token, "00000028", "0016ED24", "'A'", "000000000000004D"));
        var m = new Ouch42Executed(_buffer);
        (Hex.Ascii(m.Token), m.ExecutedShares, m.ExecutionPrice, m.LiquidityFlag, m.MatchNumber).Should().Be(
            ("00000000000007", 40u, 1_502_500u, (byte)'A', 77UL));
    }

    [Test]
    public void Rejected()
    {
        var length = Ouch42Writer.Rejected(_buffer, Ts, "00000000000007"u8, (byte)'S');
        Written(length).Should().Equal(Hex.Of("'J'", TsHex, Token, "'S'"));
        var m = new Ouch42Rejected(_buffer);
        (Hex.Ascii(m.Token), m.Reason).Should().Be(("00000000000007", (byte)'S'));
    }

    [Test]
    public void Broken_trade()
    {
        var length = Ouch42Writer.BrokenTrade(_buffer, Ts, "00000000000007"u8, 77, (byte)'E');
        Written(length).Should().Equal(Hex.Of("'B'", TsHex, Token, "000000000000004D", "'E'"));
        var m = new Ouch42BrokenTrade(_buffer);
        (Hex.Ascii(m.Token), m.MatchNumber, m.Reason).Should().Be(("00000000000007", 77UL, (byte)'E'));
    }

    [Test]
    public void Cancel_pending_and_cancel_reject()
    {
        Written(Ouch42Writer.CancelPending(_buffer, Ts, "00000000000007"u8)).Should().Equal(Hex.Of("'P'", TsHex, Token));
        Written(Ouch42Writer.CancelReject(_buffer, Ts, "00000000000007"u8)).Should().Equal(Hex.Of("'I'", TsHex, Token));
        var m = new Ouch42TokenEvent(_buffer);
        (m.Type, m.Timestamp, Hex.Ascii(m.Token)).Should().Be(((byte)'I', Ts, "00000000000007"));
    }

    [Test]
    public void Priority_update()
    {
        var length = Ouch42Writer.PriorityUpdate(_buffer, Ts, "00000000000007"u8, 1_500_000, (byte)'Y', 9);
        Written(length).Should().Equal(Hex.Of("'T'", TsHex, Token, "0016E360", "'Y'", "0000000000000009"));
        var m = new Ouch42PriorityUpdate(_buffer);
        (m.Price, m.Display, m.OrderReferenceNumber).Should().Be((1_500_000u, (byte)'Y', 9UL));
    }

    [Test]
    public void Order_modified()
    {
        var length = Ouch42Writer.OrderModified(_buffer, Ts, "00000000000007"u8, (byte)'B', 25);
        Written(length).Should().Equal(Hex.Of("'M'", TsHex, Token, "'B'", "00000019"));
        var m = new Ouch42OrderModified(_buffer);
        (Hex.Ascii(m.Token), m.Side, m.Shares).Should().Be(("00000000000007", (byte)'B', 25u));
    }

    [Test]
    public void Every_outbound_type_has_a_length_and_unknown_ones_have_none()
    {
        foreach (var type in "SAUCEJBPITM")
        {
            Ouch42Layout.OutboundLength((byte)type).Should().BeGreaterThan(0);
        }

        Ouch42Layout.OutboundLength((byte)'Q').Should().Be(0);
        Ouch42Layout.InboundLength((byte)'O').Should().Be(49);
    }

    private byte[] Written(int length) => _buffer.AsSpan(0, length).ToArray();
}
