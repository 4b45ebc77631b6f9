using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.Tests.Api;

/// <summary>
/// Every message against bytes written by hand from the layouts in docs/binary-api.md: a layout change, a field
/// moved or an enum renumbered breaks one of these. Header: length u16, type, version 01, reserved 00x4.
/// </summary>
public sealed class GoldenBytesTests
{
    private const long Ord = 42;
    private const string Ord42 = "2A 00x7";
    private const string Ts7 = "07 00x7";

    [Test]
    public void Login()
    {
        var m = new LoginMessage { StrategyId = 7 };
        AsciiText.Set(m.Token, "abc");
        Check(ref m, "30 00 01 01 00x4 | 07 00 00 00 | 00x4 | 61 62 63 00x29");
    }

    [Test]
    public void Heartbeat()
    {
        var m = default(HeartbeatMessage);
        Check(ref m, "08 00 02 01 00x4");
    }

    [Test]
    public void Logout()
    {
        var m = default(LogoutMessage);
        Check(ref m, "08 00 03 01 00x4");
    }

    [Test]
    public void NewOrder()
    {
        var m = new NewOrderMessage
        {
            ClientOrderId = 0x0102030405060708,
            AccountId = 11,
            InstrumentId = 0x1234,
            VenueId = -1,
            Side = Side.Sell,
            OrderType = OrderType.Limit,
            TimeInForce = TimeInForce.ImmediateOrCancel,
            Quantity = 100,
            Price = 150_000_000, // 1.5
            SendTimeNanos = 0x1122334455667788,
        };
        Check(ref m,
            "38 00 10 01 00x4 | 08 07 06 05 04 03 02 01 | 0B 00 00 00 | 34 12 00 00 | FF FF FF FF | 02 01 02 00 "
            + "| 64 00x7 | 80 D1 F0 08 00 00 00 00 | 88 77 66 55 44 33 22 11");
    }

    [Test]
    public void CancelOrder()
    {
        var m = new CancelOrderMessage { ClientOrderId = Ord };
        Check(ref m, $"10 00 11 01 00x4 | {Ord42}");
    }

    [Test]
    public void ReplaceOrder()
    {
        var m = new ReplaceOrderMessage { OrigClientOrderId = Ord, ClientOrderId = 43, Quantity = 200, Price = 225_000_000 };
        Check(ref m, $"28 00 12 01 00x4 | {Ord42} | 2B 00x7 | C8 00x7 | 40 3A 69 0D 00 00 00 00");
    }

    [Test]
    public void MassCancel()
    {
        var m = new MassCancelMessage { AccountId = -1, InstrumentId = 5, VenueId = 2 };
        Check(ref m, "18 00 13 01 00x4 | FF FF FF FF | 05 00 00 00 | 02 00 00 00 | 00x4");
    }

    [Test]
    public void SessionStatus()
    {
        var m = new SessionStatusMessage { Code = SessionStatusCode.LoggedIn, StrategyId = 7, VenueId = 3, TimestampNanos = 1000 };
        AsciiText.Set(m.Text, "ok");
        Check(ref m, "60 00 80 01 00x4 | 01 00 00 00 | 07 00 00 00 | 03 00 00 00 | 00x4 | E8 03 00x6 | 6F 6B 00x62");
    }

    [Test]
    public void Error()
    {
        var m = new ErrorMessage { Code = ErrorCode.NotLoggedIn, RefType = MessageType.NewOrder, ClientOrderId = Ord };
        AsciiText.Set(m.Text, "x");
        Check(ref m, $"58 00 81 01 00x4 | 04 00 10 00 | 00x4 | {Ord42} | 78 00x63");
    }

    [Test]
    public void OrderAccepted()
    {
        var m = new OrderAcceptedMessage { ClientOrderId = Ord, GatewayOrderId = 9, VenueId = 3, TimestampNanos = 7 };
        Check(ref m, $"28 00 90 01 00x4 | {Ord42} | 09 00x7 | 03 00 00 00 | 00x4 | {Ts7}");
    }

    [Test]
    public void OrderRejected()
    {
        var m = new OrderRejectedMessage
        {
            ClientOrderId = Ord,
            Reason = RejectReason.RiskCheck,
            RiskCheck = 5,
            VenueId = 3,
            Limit = 1000,
            Actual = 1500,
            TimestampNanos = 7,
        };
        AsciiText.Set(m.Text, "risk");
        Check(ref m, $"70 00 91 01 00x4 | {Ord42} | 01 00 | 05 00 | 03 00 00 00 | E8 03 00x6 | DC 05 00x6 | {Ts7} | 72 69 73 6B 00x60");
    }

    [Test]
    public void VenueAccepted()
    {
        var m = new VenueAcceptedMessage { ClientOrderId = Ord, VenueId = 3, TimestampNanos = 7 };
        AsciiText.Set(m.VenueOrderId, "V1");
        Check(ref m, $"40 00 92 01 00x4 | {Ord42} | 03 00 00 00 | 00x4 | {Ts7} | 56 31 00x30");
    }

    [Test]
    public void Replaced()
    {
        var m = new ReplacedMessage
        {
            OrigClientOrderId = Ord,
            ClientOrderId = 43,
            Quantity = 200,
            Price = 225_000_000,
            LeavesQuantity = 150,
            TimestampNanos = 7,
        };
        Check(ref m, $"38 00 93 01 00x4 | {Ord42} | 2B 00x7 | C8 00x7 | 40 3A 69 0D 00 00 00 00 | 96 00x7 | {Ts7}");
    }

    [Test]
    public void Canceled()
    {
        var m = new CanceledMessage { ClientOrderId = Ord, CanceledQuantity = 100, Reason = CancelReason.MassCancel, TimestampNanos = 7 };
        Check(ref m, $"28 00 94 01 00x4 | {Ord42} | 64 00x7 | 02 00 00 00 | 00x4 | {Ts7}");
    }

    [Test]
    public void CancelRejected()
    {
        var m = new CancelRejectedMessage
        {
            ClientOrderId = Ord,
            RequestClientOrderId = 43,
            Reason = RejectReason.UnknownOrder,
            ResponseTo = CancelRejectResponseTo.Replace,
            TimestampNanos = 7,
        };
        AsciiText.Set(m.Text, "no");
        Check(ref m, $"68 00 95 01 00x4 | {Ord42} | 2B 00x7 | 05 00 02 00 | 00x4 | {Ts7} | 6E 6F 00x62");
    }

    [Test]
    public void Fill()
    {
        var m = new FillMessage
        {
            ClientOrderId = Ord,
            Quantity = 100,
            Price = 150_000_000,
            CumQuantity = 100,
            LeavesQuantity = 0,
            Kind = FillKind.Full,
            TimestampNanos = 7,
        };
        AsciiText.Set(m.ExecId, "E1");
        Check(ref m, $"60 00 96 01 00x4 | {Ord42} | 64 00x7 | 80 D1 F0 08 00 00 00 00 | 64 00x7 | 00x8 | 02 00 00 00 | 00x4 | {Ts7} | 45 31 00x30");
    }

    [Test]
    public void OrderStatus()
    {
        var m = new OrderStatusMessage
        {
            ClientOrderId = Ord,
            Status = Gateway.Api.Protocol.OrderStatus.PartiallyFilled,
            Side = Side.Sell,
            OrderType = OrderType.Limit,
            TimeInForce = TimeInForce.Day,
            VenueId = 1,
            InstrumentId = 2,
            AccountId = 3,
            Quantity = 100,
            Price = 150_000_000,
            CumQuantity = 40,
            LeavesQuantity = 60,
            TimestampNanos = 7,
        };
        Check(ref m, $"48 00 97 01 00x4 | {Ord42} | 03 02 01 00 | 01 00 00 00 | 02 00 00 00 | 03 00 00 00 | 64 00x7 | 80 D1 F0 08 00 00 00 00 | 28 00x7 | 3C 00x7 | {Ts7}");
    }

    [Test]
    public void Every_message_type_has_a_golden_test_and_its_size_in_SizeOf()
    {
        var tested = typeof(GoldenBytesTests).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(TestAttribute), false).Length != 0)
            .Select(m => m.Name)
            .ToHashSet();
        foreach (var type in Enum.GetValues<MessageType>())
        {
            tested.Should().Contain(type.ToString());
            ApiWire.SizeOf(type).Should().BeInRange(MessageHeader.Size, ApiWire.MaxMessageSize);
        }
    }

    private static void Check<T>(ref T message, string expectedHex)
        where T : unmanaged, IApiMessage
    {
        var expected = Hex.Parse(expectedHex.Replace("|", " ", StringComparison.Ordinal));
        var buffer = new byte[ApiWire.MaxMessageSize];
        var written = ApiWire.Write(buffer, ref message);

        written.Should().Be(ApiWire.SizeOf(T.Type));
        Convert.ToHexString(buffer, 0, written).Should().Be(Convert.ToHexString(expected));

        // And back: the bytes read as the same message.
        ApiWire.TryRead<T>(expected, out var read).Should().BeTrue();
        var again = new byte[written];
        ApiWire.Write(again, ref read);
        again.Should().Equal(expected);
    }
}
