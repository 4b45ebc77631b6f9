using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Sessions.Time;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup;

/// <summary>Our client against our server, through memory, on a manual clock.</summary>
public sealed class SoupClientServerTests
{
    private const long Second = 1_000_000_000L;

    private ManualEpochClock _clock = null!;
    private RecordingClientHandler _clientHandler = null!;
    private RecordingServerHandler _serverHandler = null!;
    private MemorySoupSequenceStore _sequence = null!;
    private MemorySoupMessageStore _messages = null!;
    private SoupClientSession _client = null!;
    private SoupServerSession _server = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualEpochClock(1_000 * Second);
        _clientHandler = new RecordingClientHandler();
        _serverHandler = new RecordingServerHandler();
        _sequence = new MemorySoupSequenceStore();
        _messages = new MemorySoupMessageStore();
        _client = new SoupClientSession(SoupClientSessionTests.Settings(), _sequence, _clientHandler);
        _server = new SoupServerSession(ServerSettings("PASS"), _messages, _serverHandler);
        _serverHandler.EchoThrough = _server;
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Test]
    public void Login_then_unsequenced_in_and_sequenced_out()
    {
        Connect();
        _client.IsLoggedIn.Should().BeTrue();
        _server.IsLoggedIn.Should().BeTrue();

        _client.SendUnsequenced("order-1"u8).Should().Be(SoupSendResult.Sent);
        _client.SendUnsequenced("order-2"u8).Should().Be(SoupSendResult.Sent);
        Step();

        _serverHandler.Messages.Should().Equal("order-1", "order-2");
        _clientHandler.Messages.Should().Equal((1L, "order-1"), (2L, "order-2"));
        _sequence.NextExpected.Should().Be(3);
    }

    [Test]
    public void A_wrong_password_is_refused_with_login_rejected_A()
    {
        _server.Dispose();
        _server = new SoupServerSession(ServerSettings("OTHER"), _messages, _serverHandler);
        Connect();

        _client.State.Should().Be(SoupClientState.Rejected);
        _client.LastRejectReason.Should().Be(SoupLoginRejectReason.NotAuthorized);
        _server.Counters[SoupCounter.LoginsRejected].Should().Be(1);
    }

    [Test]
    public void An_unknown_session_is_refused_with_login_rejected_S()
    {
        _client.Dispose();
        _client = new SoupClientSession(SoupClientSessionTests.Settings() with { Session = "OTHER" }, _sequence, _clientHandler);
        Connect();

        _client.LastRejectReason.Should().Be(SoupLoginRejectReason.SessionNotAvailable);
    }

    [Test]
    public void After_a_reconnect_the_server_replays_from_the_number_the_client_asks_for()
    {
        Connect();
        _client.SendUnsequenced("a"u8);
        Step();

        // The link drops; meanwhile the server generates two more messages.
        _server.Dispose();
        Step();
        _client.State.Should().Be(SoupClientState.Disconnected);
        _server.SendSequenced("b"u8);
        _server.SendSequenced("c"u8);

        Connect();
        _serverHandler.Events.Should().EndWith("login 2");
        _clientHandler.Messages.Should().Equal((1L, "a"), (2L, "b"), (3L, "c"));
        _server.Counters[SoupCounter.MessagesReplayed].Should().Be(2);
    }

    [Test]
    public void A_new_client_asking_from_one_gets_the_whole_day()
    {
        _server.SendSequenced("a"u8);
        _server.SendSequenced("b"u8);
        Connect();
        _clientHandler.Messages.Should().Equal((1L, "a"), (2L, "b"));
    }

    [Test]
    public void Heartbeats_keep_an_idle_link_up()
    {
        Connect();
        for (var i = 0; i < 60; i++)
        {
            _clock.Advance(Second / 2);
            Step();
        }

        _client.IsLoggedIn.Should().BeTrue();
        _server.IsLoggedIn.Should().BeTrue();
        _client.Counters[SoupCounter.HeartbeatsSent].Should().BeGreaterThan(10);
        _server.Counters[SoupCounter.HeartbeatsSent].Should().BeGreaterThan(10);
    }

    [Test]
    public void A_silent_client_is_dropped_by_the_server_after_fifteen_seconds()
    {
        Connect();
        _clock.Advance(15 * Second);
        _server.DoWork(_clock.NowNanos());

        _server.State.Should().Be(SoupServerState.Idle);
        _server.Counters[SoupCounter.ReceiveTimeouts].Should().Be(1);
    }

    [Test]
    public void End_of_session_reaches_the_client_after_the_pending_messages()
    {
        Connect();
        _server.SendSequenced("last"u8);
        _server.EndSession();
        Step();

        _clientHandler.Messages.Should().Equal((1L, "last"));
        _client.State.Should().Be(SoupClientState.EndOfSession);
    }

    [Test]
    public void A_client_logout_reaches_the_server()
    {
        Connect();
        _client.Logout(_clock.NowNanos());
        Step();
        _serverHandler.Events.Should().Contain("logout");
    }

    [Test]
    public void The_file_message_store_replays_after_being_reopened()
    {
        var path = Path.Combine(Path.GetTempPath(), $"soup-{Guid.NewGuid():N}.soupmsgs");
        try
        {
            using (var store = new FileSoupMessageStore(path))
            {
                store.Append("first"u8).Should().Be(1);
                store.Append("second"u8).Should().Be(2);
            }

            File.AppendAllText(path, "\u0000"); // a torn record: dropped on open
            using var reopened = new FileSoupMessageStore(path);
            reopened.Count.Should().Be(2);
            var buffer = new byte[16];
            var length = reopened.Read(2, buffer);
            buffer.AsSpan(0, length).ToArray().Should().Equal("second"u8.ToArray());
            reopened.Read(3, buffer).Should().Be(-1);
            reopened.Append("third"u8).Should().Be(3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SoupServerSettings ServerSettings(string password) =>
        new() { Username = "USER", Password = password, Session = "SESS1" };

    private void Connect()
    {
        var (clientEnd, serverEnd) = InMemoryConnection.CreatePair();
        _server.Attach(serverEnd, _clock.NowNanos());
        _client.Attach(clientEnd, _clock.NowNanos());
        Step();
    }

    private void Step()
    {
        for (var i = 0; i < 10; i++)
        {
            _server.DoWork(_clock.NowNanos());
            _client.DoWork(_clock.NowNanos());
        }
    }
}
