using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.Tests.Clients;
using NUnit.Framework;

namespace Gateway.Tests.Api;

/// <summary>The SDK against a raw loopback socket playing the gateway: for what a well-behaved gateway never does.</summary>
[Category("System")]
public sealed class GatewayClientTests
{
    private Socket _listener = null!;
    private readonly List<IDisposable> _owned = [];

    [SetUp]
    public void Listen()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(4);
    }

    [TearDown]
    public void Close()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
        _listener.Dispose();
    }

    [Test]
    [CancelAfter(10_000)]
    public void Bytes_that_cannot_be_framed_end_the_connection(CancellationToken cancellation)
    {
        var (client, gateway) = Connect();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        gateway.Send([3, 0, (byte)MessageType.Fill, 1, 0, 0, 0, 0]);
        PollUntil(client, ref poll, () => !handler.Disconnects.IsEmpty, cancellation);

        handler.Disconnects.Should().Equal(DisconnectReason.FramingError);
        client.Counters.FramingErrors.Should().Be(1);
        client.IsConnected.Should().BeFalse();
        client.CloseReason.Should().Be(DisconnectReason.FramingError);
    }

    [Test]
    [CancelAfter(10_000)]
    public void An_unknown_type_is_skipped_and_the_next_message_handled(CancellationToken cancellation)
    {
        var (client, gateway) = Connect();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        var unknown = new byte[16];
        unknown[0] = 16;
        unknown[2] = 0xEE;
        unknown[3] = ProtocolVersion.Current;
        var fill = new FillMessage { ClientOrderId = 5 };
        var bytes = new byte[FillMessage.Size];
        ApiWire.Write(bytes, ref fill);
        gateway.Send([.. unknown, .. bytes]);
        PollUntil(client, ref poll, () => !handler.Fills.IsEmpty, cancellation);

        handler.Fills.Single().ClientOrderId.Should().Be(5);
        client.Counters.UnknownMessages.Should().Be(1);
        client.IsConnected.Should().BeTrue();
    }

    [Test]
    [CancelAfter(10_000)]
    public void Messages_that_follow_the_login_answer_in_the_same_read_reach_the_handler(CancellationToken cancellation)
    {
        var (client, gateway) = Connect();
        var status = new SessionStatusMessage { Code = SessionStatusCode.LoggedIn, StrategyId = 7 };
        var fill = new FillMessage { ClientOrderId = 11 };
        var bytes = new byte[SessionStatusMessage.Size + FillMessage.Size];
        ApiWire.Write(bytes, ref status);
        ApiWire.Write(bytes.AsSpan(SessionStatusMessage.Size), ref fill);
        gateway.Send(bytes); // waits in the client's socket: Login reads both at once

        client.Login(7, "token").IsLoggedIn.Should().BeTrue();
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();
        PollUntil(client, ref poll, () => !handler.Fills.IsEmpty, cancellation);

        handler.Fills.Single().ClientOrderId.Should().Be(11);
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_silent_gateway_is_dropped_after_the_silence_timeout(CancellationToken cancellation)
    {
        var (client, _) = Connect(new GatewayClientOptions { SilenceTimeout = TimeSpan.FromMilliseconds(200) });
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        PollUntil(client, ref poll, () => !handler.Disconnects.IsEmpty, cancellation);

        handler.Disconnects.Should().Equal(DisconnectReason.SilenceTimeout);
    }

    [Test]
    [CancelAfter(10_000)]
    public void An_idle_client_sends_heartbeats(CancellationToken cancellation)
    {
        var (client, gateway) = Connect(new GatewayClientOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(20) });
        var handler = new RecordingHandler();
        var poll = handler.AsStruct();

        PollUntil(client, ref poll, () => client.Counters.HeartbeatsSent >= 2, cancellation);

        var received = new byte[MessageHeader.Size];
        gateway.ReceiveTimeout = 5000;
        gateway.Receive(received).Should().Be(MessageHeader.Size);
        Convert.ToHexString(received).Should().Be("0800020100000000");
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_login_without_an_answer_times_out(CancellationToken cancellation)
    {
        var (client, gateway) = Connect(new GatewayClientOptions { LoginTimeout = TimeSpan.FromMilliseconds(200) });

        var result = client.Login(7, "token");

        result.Outcome.Should().Be(LoginOutcome.TimedOut);
        client.IsConnected.Should().BeFalse();
        var login = new byte[LoginMessage.Size];
        gateway.ReceiveTimeout = 5000;
        gateway.Receive(login).Should().Be(LoginMessage.Size);
        ApiWire.TryRead<LoginMessage>(login, out var message).Should().BeTrue();
        message.StrategyId.Should().Be(7);
        message.Token.ToString().Should().Be("token");
        cancellation.IsCancellationRequested.Should().BeFalse();
    }

    [Test]
    [CancelAfter(20_000)]
    public void A_gateway_that_does_not_read_backs_the_sender_up(CancellationToken cancellation)
    {
        var (client, _) = Connect(new GatewayClientOptions { SendBufferSize = 4096 });

        var sent = 0;
        while (client.TrySendCancel(sent))
        {
            cancellation.ThrowIfCancellationRequested();
            sent++;
        }

        client.Counters.SendBufferFull.Should().Be(1);
        client.IsConnected.Should().BeTrue("back-pressure is not an error");
        sent.Should().BeGreaterThan(4096 / CancelOrderMessage.Size);
    }

    [Test]
    public void Login_before_connect_is_a_usage_error()
    {
        using var client = new GatewayClient();
        client.Invoking(c => c.Login(7, "token")).Should().Throw<InvalidOperationException>();
        client.TrySendCancel(1).Should().BeFalse();
    }

    private (GatewayClient Client, Socket Gateway) Connect(GatewayClientOptions? options = null)
    {
        var client = new GatewayClient(options);
        _owned.Add(client);
        client.Connect("127.0.0.1", ((IPEndPoint)_listener.LocalEndPoint!).Port);
        var gateway = _listener.Accept();
        _owned.Add(gateway);
        return (client, gateway);
    }

    private static void PollUntil(GatewayClient client, ref RecordingHandler.Ref handler, Func<bool> condition, CancellationToken cancellation)
    {
        var deadline = Environment.TickCount64 + 5000;
        while (!condition())
        {
            cancellation.ThrowIfCancellationRequested();
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            if (client.Poll(ref handler) == 0)
            {
                Thread.Yield();
            }
        }
    }
}
