using System.Text;
using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Sessions.Time;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup;

/// <summary>The client session against a scripted server: raw packets in, raw packets out, on a manual clock.</summary>
public sealed class SoupClientSessionTests
{
    private const long Second = 1_000_000_000L;

    private ManualEpochClock _clock = null!;
    private RecordingClientHandler _handler = null!;
    private MemorySoupSequenceStore _store = null!;
    private SoupClientSession _session = null!;
    private InMemoryConnection _server = null!;
    private InMemoryConnection _clientEnd = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualEpochClock(1_000 * Second);
        _handler = new RecordingClientHandler();
        _store = new MemorySoupSequenceStore(5);
        _session = new SoupClientSession(Settings(), _store, _handler);
        Connect();
    }

    [TearDown]
    public void TearDown() => _session.Dispose();

    [Test]
    public void Attaching_sends_a_login_request_for_the_stored_next_sequence_number()
    {
        var sent = SoupBytes.Drain(_server);

        Encoding.ASCII.GetString(sent, 2, 47).Should().Be("LUSER  PASS                          " + "         5");
        sent.Length.Should().Be(49);
        _session.State.Should().Be(SoupClientState.LoginSent);
    }

    [Test]
    public void Login_accepted_logs_in_and_sequenced_data_comes_with_its_number()
    {
        LogIn(5);
        ServerSends("0004536F6E65" + "0004536F6E66");
        _session.DoWork(_clock.NowNanos());

        _session.IsLoggedIn.Should().BeTrue();
        _session.CurrentSession.ToArray().Should().Equal("SESS1"u8.ToArray());
        _handler.Events.Should().Equal("accepted SESS1 5");
        _handler.Messages.Should().Equal((5L, "one"), (6L, "onf"));
        _store.NextExpected.Should().Be(7);
    }

    [Test]
    public void A_login_accepted_past_the_requested_number_counts_a_gap()
    {
        LogIn(9);
        _session.Counters[SoupCounter.SequenceGaps].Should().Be(1);
        _store.NextExpected.Should().Be(9);
    }

    [Test]
    public void Login_rejected_is_reported_and_the_session_stays_down()
    {
        SoupBytes.Drain(_server);
        ServerSends("00024A41");
        _session.DoWork(_clock.NowNanos());

        _session.State.Should().Be(SoupClientState.Rejected);
        _session.LastRejectReason.Should().Be(SoupLoginRejectReason.NotAuthorized);
        _handler.Events.Should().Equal("disconnected", "rejected NotAuthorized");
        _server.Poll().Should().BeNegative("the client closed the link");

        // No retry storm: nothing more happens however long we wait.
        _clock.Advance(60 * Second);
        _session.DoWork(_clock.NowNanos()).Should().Be(0);
        _session.Enable();
        _session.State.Should().Be(SoupClientState.Disconnected);
    }

    [Test]
    public void A_heartbeat_goes_out_after_one_second_without_sending()
    {
        LogIn(5);
        SoupBytes.Drain(_server);
        _clock.Advance(Second - 1);
        _session.DoWork(_clock.NowNanos());
        SoupBytes.Drain(_server).Should().BeEmpty();

        _clock.Advance(1);
        _session.DoWork(_clock.NowNanos());
        SoupBytes.ToHex(SoupBytes.Drain(_server)).Should().Be("000152");
        _session.Counters[SoupCounter.HeartbeatsSent].Should().Be(1);
    }

    [Test]
    public void Fifteen_seconds_of_silence_drop_the_link()
    {
        LogIn(5);
        for (var i = 0; i < 14; i++)
        {
            _clock.Advance(Second);
            _session.DoWork(_clock.NowNanos());
        }

        _session.IsLoggedIn.Should().BeTrue();
        ServerSends("000148");
        _session.DoWork(_clock.NowNanos());
        _clock.Advance(15 * Second - 1);
        _session.DoWork(_clock.NowNanos());
        _session.IsLoggedIn.Should().BeTrue("the server heartbeat restarted the timer");

        _clock.Advance(1);
        _session.DoWork(_clock.NowNanos());
        _session.State.Should().Be(SoupClientState.Disconnected);
        _session.Counters[SoupCounter.ReceiveTimeouts].Should().Be(1);
        _handler.Events.Should().EndWith("disconnected");
    }

    [Test]
    public void Unsequenced_data_is_framed_in_place()
    {
        LogIn(5);
        SoupBytes.Drain(_server);
        "hello"u8.CopyTo(_session.PayloadBuffer);
        _session.SendUnsequenced(5).Should().Be(SoupSendResult.Sent);
        SoupBytes.ToHex(SoupBytes.Drain(_server)).Should().Be("000655" + "68656C6C6F");
    }

    [Test]
    public void Nothing_is_sent_before_login()
    {
        _session.SendUnsequenced("x"u8).Should().Be(SoupSendResult.NotConnected);
    }

    [Test]
    public void Back_pressure_is_a_result_not_an_exception()
    {
        LogIn(5);
        _clientEnd.RefuseSends = true;
        _session.SendUnsequenced("x"u8).Should().Be(SoupSendResult.BackPressured);
        _session.Counters[SoupCounter.BackPressureEvents].Should().Be(1);
    }

    [Test]
    public void Unknown_and_debug_packets_are_counted_and_skipped()
    {
        LogIn(5);
        ServerSends("00015C" + "00032B6869" + "0004536F6E65");
        _session.DoWork(_clock.NowNanos());

        _session.Counters[SoupCounter.UnknownPackets].Should().Be(1);
        _session.Counters[SoupCounter.DebugPackets].Should().Be(1);
        _handler.Messages.Should().Equal((5L, "one"));
        _session.IsLoggedIn.Should().BeTrue();
    }

    [Test]
    public void Packets_arriving_one_byte_at_a_time_are_delivered_whole()
    {
        SoupBytes.Drain(_server);
        var stream = SoupBytes.Hex("001F41" + Hex("SESS1     ") + Hex("5".PadLeft(20)) + "000148" + "0004536F6E65" + "00032B6869" + "0004536F6E66");
        foreach (var b in stream)
        {
            _server.TrySend([b]);
            _session.DoWork(_clock.NowNanos());
        }

        _session.IsLoggedIn.Should().BeTrue();
        _handler.Messages.Should().Equal((5L, "one"), (6L, "onf"));
        _session.Counters[SoupCounter.PacketsReceived].Should().Be(5);
    }

    [TestCase("0000")]
    [TestCase("1001")]
    public void A_bad_length_is_a_framing_error_that_drops_the_link(string hex)
    {
        LogIn(5);
        ServerSends(hex + "0004536F6E65");
        _session.DoWork(_clock.NowNanos());

        _session.Counters[SoupCounter.FramingErrors].Should().Be(1);
        _session.State.Should().Be(SoupClientState.Disconnected);
        _handler.Messages.Should().BeEmpty();
    }

    [Test]
    public void End_of_session_stops_the_session()
    {
        LogIn(5);
        ServerSends("00015A");
        _session.DoWork(_clock.NowNanos());

        _session.State.Should().Be(SoupClientState.EndOfSession);
        _handler.Events.Should().EndWith("end of session");
    }

    [Test]
    public void Logout_sends_a_logout_request_and_stays_down()
    {
        LogIn(5);
        SoupBytes.Drain(_server);
        _session.Logout(_clock.NowNanos());

        SoupBytes.ToHex(SoupBytes.Drain(_server)).Should().Be("00014F");
        _session.State.Should().Be(SoupClientState.LoggedOut);
    }

    [Test]
    public void The_file_store_keeps_the_next_expected_number_for_a_new_client_instance()
    {
        var path = Path.Combine(Path.GetTempPath(), $"soup-{Guid.NewGuid():N}.soupseq");
        try
        {
            using (var store = new FileSoupSequenceStore(path))
            {
                store.NextExpected.Should().Be(1);
                var session = new SoupClientSession(Settings(), store, _handler);
                var (mine, theirs) = InMemoryConnection.CreatePair();
                session.Attach(mine, _clock.NowNanos());
                SendTo(theirs, "001F41" + Hex("SESS1     ") + Hex("                   1"));
                SendTo(theirs, "0004536F6E65" + "0004536F6E66" + "0004536F6E67");
                session.DoWork(_clock.NowNanos());
                store.NextExpected.Should().Be(4);
            }

            using (var reopened = new FileSoupSequenceStore(path))
            {
                reopened.NextExpected.Should().Be(4);
                var session = new SoupClientSession(Settings(), reopened, _handler);
                var (mine, theirs) = InMemoryConnection.CreatePair();
                session.Attach(mine, _clock.NowNanos());
                Encoding.ASCII.GetString(SoupBytes.Drain(theirs), 29, 20).Trim().Should().Be("4");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static SoupClientSettings Settings() => new() { Username = "USER", Password = "PASS" };

    private static string Hex(string ascii) => Convert.ToHexString(Encoding.ASCII.GetBytes(ascii));

    private static void SendTo(InMemoryConnection connection, string hex) => connection.TrySend(SoupBytes.Hex(hex));

    private void Connect()
    {
        var (mine, theirs) = InMemoryConnection.CreatePair();
        _clientEnd = mine;
        _server = theirs;
        _session.Attach(mine, _clock.NowNanos());
    }

    private void ServerSends(string hex) => SendTo(_server, hex);

    private void LogIn(long next)
    {
        SoupBytes.Drain(_server);
        ServerSends("001F41" + Hex("SESS1     ") + Hex(next.ToString().PadLeft(20)));
        _session.DoWork(_clock.NowNanos());
    }
}
