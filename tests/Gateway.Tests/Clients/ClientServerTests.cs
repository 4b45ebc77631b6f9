using System.Diagnostics;
using System.Net.Sockets;
using FluentAssertions;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.Clients;
using NUnit.Framework;

namespace Gateway.Tests.Clients;

/// <summary>The SDK against ClientServer over real loopback sockets; the server is stepped by the test thread.</summary>
[Category("System")]
public sealed class ClientServerTests
{
    [Test]
    [CancelAfter(10_000)]
    public void A_strategy_logs_in_with_its_token(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.NewClient();

        var result = harness.LogIn(client, ServerHarness.Strategy7, ServerHarness.Token7);

        result.Outcome.Should().Be(LoginOutcome.LoggedIn, result.ToString());
        client.IsLoggedIn.Should().BeTrue();
        client.StrategyId.Should().Be(7);
        harness.Server.IsLoggedIn(7).Should().BeTrue();
        harness.Server.IsLoggedIn(8).Should().BeFalse();
        harness.Recorded.LoggedIn.Should().Equal(7);
        harness.Server.Counters.Logins.Should().Be(1);
        cancellation.IsCancellationRequested.Should().BeFalse();
    }

    [TestCase(7, "wrong-token", ErrorCode.BadToken)]
    [TestCase(7, "", ErrorCode.BadToken)]
    [TestCase(99, "token-seven", ErrorCode.UnknownStrategy)]
    [CancelAfter(10_000)]
    public void A_bad_login_is_rejected_and_closed(int strategyId, string token, ErrorCode expected, CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.NewClient();

        var result = harness.LogIn(client, strategyId, token);

        result.Outcome.Should().Be(LoginOutcome.Rejected, result.ToString());
        result.Error.Should().Be(expected);
        result.Text.Should().NotBeEmpty();
        client.IsConnected.Should().BeFalse();
        harness.PumpUntil(() => harness.Server.Counters.ConnectionsOpen == 0, cancellation);
        harness.Server.Counters.LoginFailures.Should().Be(1);
        harness.Server.Counters.ErrorsSent(expected).Should().Be(1);
        harness.Recorded.LoggedIn.Should().BeEmpty();
        harness.Recorded.Disconnected.Should().BeEmpty("a strategy that never logged in does not disconnect");
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_second_login_of_a_logged_in_strategy_is_rejected_and_the_first_carries_on(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var first = harness.LoggedInClient();
        var second = harness.NewClient();

        var result = harness.LogIn(second, ServerHarness.Strategy7, ServerHarness.Token7);

        result.Outcome.Should().Be(LoginOutcome.Rejected);
        result.Error.Should().Be(ErrorCode.AlreadyLoggedIn);
        result.Text.Should().Contain("already logged in");
        first.TrySendCancel(5).Should().BeTrue();
        harness.PumpUntil(() => harness.Recorded.Cancels.Count == 1, cancellation);
        harness.Recorded.Cancels[0].StrategyId.Should().Be(7);
        harness.Server.IsLoggedIn(7).Should().BeTrue();
        harness.Recorded.Disconnected.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(10_000)]
    public void An_order_before_login_gets_NotLoggedIn_and_the_connection_stays(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.NewClient();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        client.TrySendNewOrder(77, 1, 2, 3, Side.Buy, OrderType.Limit, TimeInForce.Day, 10, 100_000_000).Should().BeTrue();
        harness.PumpUntil(() => !handler.Errors.IsEmpty, cancellation, () => client.Poll(ref poll));

        handler.Errors.TryPeek(out var error).Should().BeTrue();
        error.Code.Should().Be(ErrorCode.NotLoggedIn);
        error.RefType.Should().Be(MessageType.NewOrder);
        error.ClientOrderId.Should().Be(77);
        harness.Recorded.NewOrders.Should().BeEmpty();
        harness.LogIn(client, ServerHarness.Strategy7, ServerHarness.Token7).IsLoggedIn.Should().BeTrue();
    }

    [Test]
    [CancelAfter(10_000)]
    public void Orders_reach_the_sink_with_every_field(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.LoggedInClient();
        var before = Stopwatch.GetTimestamp();

        client.TrySendNewOrder(1001, 11, 22, -1, Side.SellShort, OrderType.Limit, TimeInForce.ImmediateOrCancel, 300, 150_000_000, 123456789)
            .Should().BeTrue();
        client.TrySendCancel(1001).Should().BeTrue();
        client.TrySendReplace(1001, 1002, 400, 151_000_000).Should().BeTrue();
        client.TrySendMassCancel(accountId: 11).Should().BeTrue();
        harness.PumpUntil(() => harness.Recorded.MassCancels.Count == 1, cancellation);

        var (strategyId, order, receivedTicks) = harness.Recorded.NewOrders.Single();
        strategyId.Should().Be(7);
        order.ClientOrderId.Should().Be(1001);
        order.AccountId.Should().Be(11);
        order.InstrumentId.Should().Be(22);
        order.VenueId.Should().Be(-1);
        order.Side.Should().Be(Side.SellShort);
        order.OrderType.Should().Be(OrderType.Limit);
        order.TimeInForce.Should().Be(TimeInForce.ImmediateOrCancel);
        order.Quantity.Should().Be(300);
        order.Price.Should().Be(150_000_000);
        order.SendTimeNanos.Should().Be(123456789);
        order.Header.Length.Should().Be(NewOrderMessage.Size);
        receivedTicks.Should().BeInRange(before, Stopwatch.GetTimestamp());
        harness.Recorded.Cancels.Single().Message.ClientOrderId.Should().Be(1001);
        var replace = harness.Recorded.Replaces.Single().Message;
        (replace.OrigClientOrderId, replace.ClientOrderId, replace.Quantity, replace.Price).Should().Be((1001L, 1002L, 400L, 151_000_000L));
        var mass = harness.Recorded.MassCancels.Single().Message;
        (mass.AccountId, mass.InstrumentId, mass.VenueId).Should().Be((11, -1, -1));
        harness.Server.Counters.MessagesIn.Should().BeGreaterThanOrEqualTo(5);
        client.Counters.MessagesSent.Should().BeGreaterThanOrEqualTo(5);
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_fill_sent_by_the_server_reaches_the_client_handler(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.LoggedInClient();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        var fill = new FillMessage { ClientOrderId = 1001, Quantity = 100, Price = 150_000_000, CumQuantity = 100, Kind = FillKind.Full, TimestampNanos = 9 };
        AsciiText.Set(fill.ExecId, "EXEC-1");
        harness.Server.TrySend(7, ref fill).Should().BeTrue();
        harness.Server.TrySend(8, ref fill).Should().BeFalse("strategy 8 is not logged in");
        harness.PumpUntil(() => !handler.Fills.IsEmpty, cancellation, () => client.Poll(ref poll));

        handler.Fills.TryPeek(out var received).Should().BeTrue();
        received.ClientOrderId.Should().Be(1001);
        received.Quantity.Should().Be(100);
        received.Price.Should().Be(150_000_000);
        received.CumQuantity.Should().Be(100);
        received.Kind.Should().Be(FillKind.Full);
        received.ExecId.ToString().Should().Be("EXEC-1");
        client.Counters.MessagesReceived.Should().BeGreaterThanOrEqualTo(1);
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_silent_connection_is_dropped_after_the_silence_timeout(CancellationToken cancellation)
    {
        using var harness = new ServerHarness(configure: o => o with { SilenceTimeout = TimeSpan.FromMilliseconds(300) });
        var client = harness.LoggedInClient();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();
        var started = Stopwatch.GetTimestamp();

        // The client is not polled, so it sends no heartbeat.
        harness.PumpUntil(() => harness.Recorded.Disconnected.Count == 1, cancellation);

        Stopwatch.GetElapsedTime(started).Should().BeGreaterThan(TimeSpan.FromMilliseconds(200));
        harness.Recorded.Disconnected.Should().Equal(7);
        harness.Server.Counters.SilenceTimeouts.Should().Be(1);
        harness.Server.IsLoggedIn(7).Should().BeFalse();
        harness.PumpUntil(() => !handler.Disconnects.IsEmpty, cancellation, () => client.Poll(ref poll));
        handler.Disconnects.Should().Equal(DisconnectReason.ClosedByGateway);
    }

    [Test]
    [CancelAfter(10_000)]
    public void Heartbeats_keep_an_idle_connection_up(CancellationToken cancellation)
    {
        using var harness = new ServerHarness(configure: o => o with
        {
            SilenceTimeout = TimeSpan.FromMilliseconds(400),
            HeartbeatInterval = TimeSpan.FromMilliseconds(50),
        });
        var client = harness.LoggedInClient(options: new GatewayClientOptions
        {
            HeartbeatInterval = TimeSpan.FromMilliseconds(50),
            SilenceTimeout = TimeSpan.FromMilliseconds(400),
        });
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        harness.PumpFor(1000, () => client.Poll(ref poll));

        harness.Recorded.Disconnected.Should().BeEmpty();
        handler.Disconnects.Should().BeEmpty();
        client.Counters.HeartbeatsSent.Should().BeGreaterThan(5);
        client.Counters.HeartbeatsReceived.Should().BeGreaterThan(5);
        harness.Server.Counters.HeartbeatsOut.Should().BeGreaterThan(5);
        cancellation.IsCancellationRequested.Should().BeFalse();
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_framing_error_closes_only_that_connection(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var good = harness.LoggedInClient();
        var bad = harness.RawSocket();
        var login = new LoginMessage { StrategyId = 8 };
        AsciiText.Set(login.Token, ServerHarness.Token8);
        ServerHarness.SendRaw(bad, ref login);
        harness.PumpUntil(() => harness.Server.IsLoggedIn(8), cancellation);

        // A header whose length is beyond any message: the stream cannot be framed any more.
        bad.Send(Hex(200, MessageType.NewOrder));
        harness.PumpUntil(() => harness.Recorded.Disconnected.Contains(8), cancellation);

        harness.Server.Counters.FramingErrors.Should().Be(1);
        ReadUntilClosed(bad).Should().BeTrue("the server closed the bad connection");
        good.TrySendCancel(1).Should().BeTrue();
        harness.PumpUntil(() => harness.Recorded.Cancels.Count == 1, cancellation);
        harness.Server.IsLoggedIn(7).Should().BeTrue();
        harness.Recorded.Disconnected.Should().Equal(8);
    }

    [TestCase(0x55, ProtocolVersion.Current, ErrorCode.UnknownMessageType)]
    [TestCase(0x96, ProtocolVersion.Current, ErrorCode.UnknownMessageType)] // a gateway → strategy type (Fill) sent to the gateway
    [TestCase(0x11, 9, ErrorCode.BadVersion)]
    [CancelAfter(10_000)]
    public void A_frame_the_server_cannot_take_gets_an_error_and_is_skipped(int type, int version, ErrorCode expected, CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var socket = harness.RawSocket();
        var login = new LoginMessage { StrategyId = 7 };
        AsciiText.Set(login.Token, ServerHarness.Token7);
        ServerHarness.SendRaw(socket, ref login);
        harness.PumpUntil(() => harness.Server.IsLoggedIn(7), cancellation);

        var size = type == 0x55 ? 32 : ApiWire.SizeOf((MessageType)type);
        var frame = new byte[size];
        Hex(size, (MessageType)type, (byte)version).CopyTo(frame, 0);
        var cancel = new CancelOrderMessage { ClientOrderId = 5 };
        var stream = new byte[size + CancelOrderMessage.Size];
        frame.CopyTo(stream, 0);
        ApiWire.Write(stream.AsSpan(size), ref cancel);
        socket.Send(stream);
        harness.PumpUntil(() => harness.Recorded.Cancels.Count == 1, cancellation);

        harness.Server.Counters.ErrorsSent(expected).Should().Be(1);
        var reply = new byte[ErrorMessage.Size];
        var statusSize = ReceiveExactly(socket, new byte[SessionStatusMessage.Size]);
        statusSize.Should().Be(SessionStatusMessage.Size);
        ReceiveExactly(socket, reply).Should().Be(ErrorMessage.Size);
        ApiWire.TryRead<ErrorMessage>(reply, out var error).Should().BeTrue();
        error.Code.Should().Be(expected);
        error.RefType.Should().Be((MessageType)type);
        harness.Server.IsLoggedIn(7).Should().BeTrue();
    }

    [Test]
    [CancelAfter(10_000)]
    public void Logout_ends_the_session_on_both_sides(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.LoggedInClient();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        client.TrySendLogout().Should().BeTrue();
        harness.PumpUntil(() => !handler.Disconnects.IsEmpty, cancellation, () => client.Poll(ref poll));

        handler.Statuses.Select(s => s.Code).Should().Contain(SessionStatusCode.LoggedOut);
        handler.Disconnects.Should().Equal(DisconnectReason.ClosedByGateway);
        harness.Recorded.Disconnected.Should().Equal(7);
        harness.Server.Counters.Logouts.Should().Be(1);
        client.TrySendCancel(1).Should().BeFalse("the connection is closed");
    }

    [Test]
    [CancelAfter(10_000)]
    public void Callback_mode_hands_messages_to_the_handler_on_its_own_thread(CancellationToken cancellation)
    {
        using var harness = new ServerHarness();
        var client = harness.LoggedInClient();
        var handler = new RecordingHandler();
        client.StartReceiving(handler);

        for (var i = 1; i <= 3; i++)
        {
            var fill = new FillMessage { ClientOrderId = i, Quantity = 10 };
            harness.Server.TrySend(7, ref fill).Should().BeTrue();
        }

        harness.PumpUntil(() => handler.Fills.Count == 3, cancellation);
        handler.Fills.Select(f => f.ClientOrderId).Should().Equal(1L, 2L, 3L);
        handler.ReceivingThreadId.Should().NotBe(Environment.CurrentManagedThreadId);

        // Sending from this thread while the receiving thread polls.
        client.TrySendCancel(9).Should().BeTrue();
        harness.PumpUntil(() => harness.Recorded.Cancels.Count == 1, cancellation);

        harness.Server.Dispose();
        harness.PumpUntil(() => !handler.Disconnects.IsEmpty, cancellation);
        handler.Disconnects.Should().Equal(DisconnectReason.ClosedByGateway);
    }

    [Test]
    [CancelAfter(20_000)]
    public void A_client_that_does_not_read_is_dropped_as_a_slow_consumer(CancellationToken cancellation)
    {
        // A long silence timeout: filling the kernel's buffers may take seconds on a loaded machine, and the client sends no heartbeats.
        using var harness = new ServerHarness(configure: o => o with { SendBufferSize = 4096, SilenceTimeout = TimeSpan.FromMinutes(1) });
        harness.LoggedInClient();
        var fill = new FillMessage { ClientOrderId = 1, Quantity = 1 };

        var sent = 0;
        harness.PumpUntil(() => !harness.Server.TrySend(7, ref fill) || ++sent < 0, cancellation, timeoutMillis: 15_000);

        harness.Server.Counters.SlowConsumerDrops.Should().Be(1);
        harness.Recorded.Disconnected.Should().Equal(7);
        harness.Server.IsLoggedIn(7).Should().BeFalse();
        sent.Should().BeGreaterThan(4096 / FillMessage.Size, "the kernel's buffers take a good many fills first");
    }

    [Test]
    [CancelAfter(10_000)]
    public void Connections_beyond_the_maximum_are_refused(CancellationToken cancellation)
    {
        using var harness = new ServerHarness(configure: o => o with { MaxConnections = 1 });
        harness.LoggedInClient();
        var extra = harness.RawSocket();

        harness.PumpUntil(() => harness.Server.Counters.ConnectionsRefused == 1, cancellation);
        ReadUntilClosed(extra).Should().BeTrue();
        harness.Server.IsLoggedIn(7).Should().BeTrue();
    }

    [Test]
    public void Options_that_cannot_work_are_refused_at_construction()
    {
        var sink = new RecordingSink();
        FluentActions.Invoking(() => new ClientServer(new ClientServerOptions { ReceiveBufferSize = 100 }, sink)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ClientServer(new ClientServerOptions { SilenceTimeout = TimeSpan.Zero }, sink)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ClientServer(new ClientServerOptions { Tokens = new Dictionary<int, string> { [1] = new string('x', 33) } }, sink))
            .Should().Throw<ArgumentException>().WithMessage("*strategy 1*");
    }

    private static byte[] Hex(int length, MessageType type, byte version = ProtocolVersion.Current)
    {
        var header = new byte[MessageHeader.Size];
        BitConverter.TryWriteBytes(header.AsSpan(0, 2), (ushort)length);
        header[2] = (byte)type;
        header[3] = version;
        return header;
    }

    private static int ReceiveExactly(Socket socket, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = socket.Receive(buffer, total, buffer.Length - total, SocketFlags.None);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>True when the peer closed (EOF or reset) within the socket's receive timeout.</summary>
    private static bool ReadUntilClosed(Socket socket)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.Receive(buffer) > 0)
            {
            }

            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
    }
}
