using FluentAssertions;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// Both directions for the OUCH 5.0 messages beyond the core ones (Broken Trade, Cancel Pending, Priority Update, Order
/// Modified, Mass Cancel, Disable / Enable Order Entry, Account Query, requests and responses): bytes written by hand
/// field by field from the specification's layout, a distinct value in every field and a two-element appendage, read
/// by the flyweight; the writer given those fields writes the same bytes.
/// </summary>
public sealed class Ouch50MoreGoldenTests
{
    private const string TsHex = "00001F1ACED9F001";
    private const ulong Ts = 0x0000_1F1A_CED9_F001;

    /// <summary>Appendage Length 7, then (len 3, tag 0x0F, "ab") and (len 2, tag 0x16, 0x05).</summary>
    private const string AppendageHex = "0007 030F6162 021605";

    private readonly byte[] _buffer = new byte[160];

    [Test]
    public void Broken_trade()
    {
        var bytes = Hex.Of("'B'", TsHex, "0000162E", "0102030405060708", "'E'", "'CL-ORD-9      '", AppendageHex);
        Complete(bytes, Ouch50Layout.BrokenTradeFixedLength, outbound: true);
        var m = new Ouch50BrokenTrade(bytes);
        (m.Timestamp, m.UserRefNum, m.MatchNumber, m.Reason, Hex.Ascii(m.ClOrdId)).Should().Be(
            (Ts, 5678u, 0x0102030405060708UL, (byte)'E', "CL-ORD-9      "));
        Elements(m.Appendage);
        Written(Ouch50Writer.BrokenTrade(_buffer, Ts, 5678, 0x0102030405060708, (byte)'E', "CL-ORD-9"u8, Appendage()))
            .Should().Equal(bytes);
    }

    [Test]
    public void Cancel_pending()
    {
        var bytes = Hex.Of("'P'", TsHex, "0000162E", AppendageHex);
        Complete(bytes, Ouch50Layout.CancelPendingFixedLength, outbound: true);
        var m = new Ouch50CancelPending(bytes);
        (m.Timestamp, m.UserRefNum).Should().Be((Ts, 5678u));
        Elements(m.Appendage);
        Written(Ouch50Writer.CancelPending(_buffer, Ts, 5678, Appendage())).Should().Equal(bytes);
    }

    [Test]
    public void Priority_update()
    {
        var bytes = Hex.Of("'T'", TsHex, "0000162E", "00000000075BCD15", "'N'", "0A0B0C0D0E0F1011", AppendageHex);
        Complete(bytes, Ouch50Layout.PriorityUpdateFixedLength, outbound: true);
        var m = new Ouch50PriorityUpdate(bytes);
        (m.Timestamp, m.UserRefNum, m.Price, m.Display, m.OrderReferenceNumber).Should().Be(
            (Ts, 5678u, 123_456_789UL, (byte)'N', 0x0A0B0C0D0E0F1011UL));
        Elements(m.Appendage);
        Written(Ouch50Writer.PriorityUpdate(_buffer, Ts, 5678, 123_456_789, (byte)'N', 0x0A0B0C0D0E0F1011, Appendage()))
            .Should().Equal(bytes);
    }

    [Test]
    public void Order_modified()
    {
        var bytes = Hex.Of("'M'", TsHex, "0000162E", "'S'", "0001E240", AppendageHex);
        Complete(bytes, Ouch50Layout.OrderModifiedFixedLength, outbound: true);
        var m = new Ouch50OrderModified(bytes);
        (m.Timestamp, m.UserRefNum, m.Side, m.Quantity).Should().Be((Ts, 5678u, (byte)'S', 123_456u));
        Elements(m.Appendage);
        Written(Ouch50Writer.OrderModified(_buffer, Ts, 5678, (byte)'S', 123_456, Appendage())).Should().Equal(bytes);
    }

    [Test]
    public void Mass_cancel_request()
    {
        var bytes = Hex.Of("'C'", "0000162E", "'FRM1'", "'MSFT    '", AppendageHex);
        Complete(bytes, Ouch50Layout.MassCancelRequestFixedLength, outbound: false);
        var m = new Ouch50MassCancelRequest(bytes);
        (m.UserRefNum, Hex.Ascii(m.Firm), Hex.Ascii(m.Symbol)).Should().Be((5678u, "FRM1", "MSFT    "));
        Elements(m.Appendage);
        Written(Ouch50Writer.MassCancelRequest(_buffer, 5678, "FRM1"u8, "MSFT"u8, Appendage())).Should().Equal(bytes);
    }

    [TestCase(false, "'D'")]
    [TestCase(true, "'E'")]
    public void Disable_and_enable_order_entry_requests(bool enable, string type)
    {
        var bytes = Hex.Of(type, "0000162E", "'FRM1'", AppendageHex);
        Complete(bytes, Ouch50Layout.OrderEntryRequestFixedLength, outbound: false);
        var m = new Ouch50OrderEntryRequest(bytes);
        (m.Type, m.UserRefNum, Hex.Ascii(m.Firm)).Should().Be((bytes[0], 5678u, "FRM1"));
        Elements(m.Appendage);
        Written(Ouch50Writer.OrderEntryRequest(_buffer, enable, 5678, "FRM1"u8, Appendage())).Should().Equal(bytes);
    }

    [Test]
    public void Account_query_request()
    {
        var bytes = Hex.Of("'Q'", AppendageHex);
        Complete(bytes, Ouch50Layout.AccountQueryRequestFixedLength, outbound: false);
        Elements(new Ouch50AccountQueryRequest(bytes).Appendage);
        Written(Ouch50Writer.AccountQueryRequest(_buffer, Appendage())).Should().Equal(bytes);
        Written(Ouch50Writer.AccountQueryRequest(_buffer)).Should().Equal(Hex.Of("'Q'", "0000"));
    }

    [Test]
    public void Mass_cancel_response()
    {
        var bytes = Hex.Of("'X'", TsHex, "0000162E", "'FRM1'", "'MSFT    '", AppendageHex);
        Complete(bytes, Ouch50Layout.MassCancelResponseFixedLength, outbound: true);
        var m = new Ouch50MassCancelResponse(bytes);
        (m.Timestamp, m.UserRefNum, Hex.Ascii(m.Firm), Hex.Ascii(m.Symbol)).Should().Be((Ts, 5678u, "FRM1", "MSFT    "));
        Elements(m.Appendage);
        Written(Ouch50Writer.MassCancelResponse(_buffer, Ts, 5678, "FRM1"u8, "MSFT"u8, Appendage())).Should().Equal(bytes);
    }

    [TestCase(false, "'G'")]
    [TestCase(true, "'K'")]
    public void Disable_and_enable_order_entry_responses(bool enable, string type)
    {
        var bytes = Hex.Of(type, TsHex, "0000162E", "'FRM1'", AppendageHex);
        Complete(bytes, Ouch50Layout.OrderEntryResponseFixedLength, outbound: true);
        var m = new Ouch50OrderEntryResponse(bytes);
        (m.Type, m.Timestamp, m.UserRefNum, Hex.Ascii(m.Firm)).Should().Be((bytes[0], Ts, 5678u, "FRM1"));
        Elements(m.Appendage);
        Written(Ouch50Writer.OrderEntryResponse(_buffer, enable, Ts, 5678, "FRM1"u8, Appendage())).Should().Equal(bytes);
    }

    [Test]
    public void Account_query_response()
    {
        var bytes = Hex.Of("'Q'", TsHex, "0001E241", AppendageHex);
        Complete(bytes, Ouch50Layout.AccountQueryResponseFixedLength, outbound: true);
        var m = new Ouch50AccountQueryResponse(bytes);
        (m.Timestamp, m.NextUserRefNum).Should().Be((Ts, 123_457u));
        Elements(m.Appendage);
        Written(Ouch50Writer.AccountQueryResponse(_buffer, Ts, 123_457, Appendage())).Should().Equal(bytes);
    }

    /// <summary>The whole message and nothing less is complete, and its type's fixed length (in its direction) is the one drawn.</summary>
    private static void Complete(byte[] bytes, int fixedLength, bool outbound)
    {
        bytes.Length.Should().Be(fixedLength + 7);
        (outbound ? Ouch50Layout.OutboundFixedLength(bytes[0]) : Ouch50Layout.InboundFixedLength(bytes[0])).Should().Be(fixedLength);
        Ouch50Layout.IsComplete(bytes, fixedLength).Should().BeTrue();
        Ouch50Layout.IsComplete(bytes.AsSpan(0, bytes.Length - 1), fixedLength).Should().BeFalse();
    }

    private static byte[] Appendage() => Hex.Of("030F6162 021605");

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

    private byte[] Written(int length) => _buffer.AsSpan(0, length).ToArray();
}
