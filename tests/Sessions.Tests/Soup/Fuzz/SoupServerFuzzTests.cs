using System.Buffers.Binary;
using System.Text;
using FluentAssertions;
using Gateway.Sessions.Soup;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup.Fuzz;

/// <summary>
/// Seeded random input to the SoupBinTCP server session, one case at a time, each with the spec's answer checked
/// exactly: logins good and bad (wrong password or username → Login Rejected 'A', wrong session → 'S', short or with a
/// non-numeric sequence → counted malformed and 'A'), unknown packet types and types at the wrong time (counted,
/// skipped, the link stays up), zero lengths and lengths past the maximum (framing error, link dropped), packets cut
/// short (nothing happens until the rest arrives), the timers, sequenced messages and replays; then garbage and
/// randomly mutated packets, where only the invariants are checked. Every counter moves exactly as expected.
/// </summary>
[Category("Fuzz")]
public sealed class SoupServerFuzzTests
{
    private const int Seed = 4242;
    private const int Cases = 50_000;
    private const long Second = 1_000_000_000L;
    private const int MaxStored = 200;

    private readonly byte[] _packet = new byte[8192];
    private readonly CounterDelta _delta = new();
    private readonly FuzzConnection[] _connections = [new(), new()];
    private Random _random = null!;
    private MemorySoupMessageStore _store = null!;
    private Handler _handler = null!;
    private SoupServerSession _server = null!;
    private FuzzConnection _connection = null!;
    private long _now;
    private int _next;

    private enum Case
    {
        GoodLogin, WrongPassword, WrongUsername, WrongSession, BadSequenceText, ShortLogin, Unsequenced, Heartbeat, Debug,
        Logout, UnknownType, ZeroLength, TooLong, Truncated, Batch, SendSequenced, HeartbeatDue, Timeout, Garbage, Mutated,
    }

    [Test]
    [CancelAfter(120_000)]
    public void Every_bad_input_gets_the_spec_answer_and_the_server_carries_on(CancellationToken cancellation)
    {
        _random = new Random(Seed);
        _store = new MemorySoupMessageStore();
        _handler = new Handler();
        _server = new SoupServerSession(new SoupServerSettings { Username = "USER", Password = "PASS", Session = "SESS1" }, _store, _handler);
        _now = 1_000 * Second;
        var counts = new int[Enum.GetValues<Case>().Length];
        for (var i = 0; i < Cases; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            _now += 1_000;
            if (_server.State == SoupServerState.Idle || _random.Next(20) == 0)
            {
                Reattach(logIn: _random.Next(5) != 0);
            }

            var kind = (Case)_random.Next(counts.Length);
            counts[(int)kind]++;
            Run(kind, $"case {i} ({kind}, seed {Seed})");
            CheckInvariants($"case {i} ({kind}, seed {Seed})");
        }

        counts.Should().OnlyContain(c => c > 0, "every kind of case ran");
        TestContext.Out.WriteLine($"{Cases} cases: " + string.Join(", ", Enum.GetValues<Case>().Select(c => $"{c} {counts[(int)c]}")));
        _server.Dispose();
    }

    private void Run(Case kind, string because)
    {
        var loggedIn = _server.IsLoggedIn;
        _delta.Start(_server.Counters);
        _connection.ClearSent();
        switch (kind)
        {
            case Case.GoodLogin:
                var requested = _random.Next(0, (int)_store.Count + 3);
                Receive(SoupFuzzPackets.Login(_packet, "USER", "PASS", _random.Next(2) == 0 ? "" : "SESS1", requested.ToString()));
                if (loggedIn)
                {
                    Unknown(because);
                    return;
                }

                var next = requested >= 1 && requested <= _store.Count ? requested : _store.Count + 1;
                var replayed = _store.Count + 1 - next;
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.LoginsAccepted).Add(SoupCounter.PacketsSent, 1 + replayed)
                    .Add(SoupCounter.SequencedSent, replayed).Add(SoupCounter.MessagesReplayed, replayed);
                _delta.Check(_server.Counters, because);
                var sent = SoupFuzzPackets.Parse(_connection.Sent);
                sent.Should().HaveCount((int)(1 + replayed), because);
                sent[0].Type.Should().Be('A', because);
                Encoding.ASCII.GetString(sent[0].Payload).Should().Be("SESS1     " + next.ToString().PadLeft(20), because);
                CheckSequenced(sent.Skip(1).ToList(), next, because);
                _server.IsLoggedIn.Should().BeTrue(because);
                _server.NextToSend.Should().Be(_store.Count + 1, because);
                return;
            case Case.WrongPassword:
                Rejected(SoupFuzzPackets.Login(_packet, "USER", RandomAlpha(1, 10, "PASS"), "", "1"), loggedIn, 'A', false, because);
                return;
            case Case.WrongUsername:
                Rejected(SoupFuzzPackets.Login(_packet, RandomAlpha(1, 6, "USER"), "PASS", "", "1"), loggedIn, 'A', false, because);
                return;
            case Case.WrongSession:
                Rejected(SoupFuzzPackets.Login(_packet, "USER", "PASS", RandomAlpha(1, 10, "SESS1"), "1"), loggedIn, 'S', false, because);
                return;
            case Case.BadSequenceText:
                var length = SoupFuzzPackets.Login(_packet, "USER", "PASS", "", "1");
                _packet[SoupLayout.RequestedSequenceOffset + _random.Next(SoupLayout.SequenceLength)] = (byte)"x-.+\0/:"[_random.Next(7)];
                Rejected(length, loggedIn, 'A', true, because);
                return;
            case Case.ShortLogin:
                SoupFuzzPackets.Login(_packet, "USER", "PASS", "", "1");
                var cut = _random.Next(3, SoupLayout.LoginRequestPacketLength);
                BinaryPrimitives.WriteUInt16BigEndian(_packet, (ushort)(cut - 2));
                Rejected(cut, loggedIn, 'A', true, because);
                return;
            case Case.Unsequenced:
                var payload = RandomBytes(0, 200);
                Receive(SoupFuzzPackets.Data(_packet, 'U', payload));
                if (!loggedIn)
                {
                    Unknown(because);
                    return;
                }

                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.UnsequencedReceived).Check(_server.Counters, because);
                _handler.Last.Should().Equal(payload, because);
                return;
            case Case.Heartbeat:
                Receive(SoupFuzzPackets.Empty(_packet, 'R'));
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.HeartbeatsReceived).Check(_server.Counters, because);
                return;
            case Case.Debug:
                Receive(SoupFuzzPackets.Data(_packet, '+', RandomBytes(0, 80)));
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.DebugPackets).Check(_server.Counters, because);
                return;
            case Case.Logout:
                Receive(SoupFuzzPackets.Empty(_packet, 'O'));
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.Logouts).Add(SoupCounter.Disconnects).Check(_server.Counters, because);
                Down(because);
                return;
            case Case.UnknownType:
                char type;
                do
                {
                    type = (char)_random.Next(256);
                }
                while (SoupFuzzPackets.ServerTakes.Contains(type));

                Receive(SoupFuzzPackets.Data(_packet, type, RandomBytes(0, 100)));
                Unknown(because);
                return;
            case Case.ZeroLength:
                Receive(SoupFuzzPackets.Header(_packet, 0, 'R'));
                Framing(because);
                return;
            case Case.TooLong:
                Receive(SoupFuzzPackets.Header(_packet, _random.Next(4097, 65536), 'U'));
                Framing(because);
                return;
            case Case.Truncated:
                var whole = SoupFuzzPackets.Data(_packet, 'U', RandomBytes(0, 300));
                var first = _random.Next(0, whole);
                _connection.Feed(_packet.AsSpan(0, first));
                _server.DoWork(_now);
                _delta.Check(_server.Counters, because + ", first part");
                _connection.Pending.Should().Be(first, because);
                _connection.Feed(_packet.AsSpan(first, whole - first));
                _server.DoWork(_now);
                _delta.Add(SoupCounter.PacketsReceived).Add(loggedIn ? SoupCounter.UnsequencedReceived : SoupCounter.UnknownPackets);
                _delta.Check(_server.Counters, because);
                _connection.Pending.Should().Be(0, because);
                return;
            case Case.Batch:
                var n = _random.Next(2, 20);
                var at = 0;
                for (var k = 0; k < n; k++)
                {
                    at += SoupFuzzPackets.Data(_packet.AsSpan(at), k % 2 == 0 ? 'R' : '+', RandomBytes(0, 10));
                }

                Receive(at);
                _delta.Add(SoupCounter.PacketsReceived, n).Add(SoupCounter.HeartbeatsReceived, (n + 1) / 2).Add(SoupCounter.DebugPackets, n / 2);
                _delta.Check(_server.Counters, because);
                return;
            case Case.SendSequenced:
                if (_store.Count >= MaxStored)
                {
                    return;
                }

                var message = RandomBytes(1, 100);
                var sequence = _server.SendSequenced(message);
                sequence.Should().Be(_store.Count, because);
                if (loggedIn)
                {
                    _delta.Add(SoupCounter.PacketsSent).Add(SoupCounter.SequencedSent);
                    var packets = SoupFuzzPackets.Parse(_connection.Sent);
                    packets.Should().ContainSingle(because);
                    CheckSequenced(packets, sequence, because);
                }

                _delta.Check(_server.Counters, because);
                return;
            case Case.HeartbeatDue:
                _now += Second + _random.Next(1000);
                _server.DoWork(_now);
                if (loggedIn)
                {
                    _delta.Add(SoupCounter.PacketsSent).Add(SoupCounter.HeartbeatsSent);
                    SoupFuzzPackets.Parse(_connection.Sent).Select(p => p.Type).Should().Equal(['H'], because);
                }

                _delta.Check(_server.Counters, because);
                return;
            case Case.Timeout:
                _now += (15 * Second) + _random.Next(1000);
                _server.DoWork(_now);
                _delta.Add(SoupCounter.ReceiveTimeouts).Add(SoupCounter.Disconnects).Check(_server.Counters, because);
                Down(because);
                return;
            case Case.Garbage:
                Receive(FillRandom(_random.Next(1, 512)));
                Resynchronise();
                return;
            case Case.Mutated:
                var good = _random.Next(3) switch
                {
                    0 => SoupFuzzPackets.Login(_packet, "USER", "PASS", "", "1"),
                    1 => SoupFuzzPackets.Data(_packet, 'U', RandomBytes(0, 60)),
                    _ => SoupFuzzPackets.Empty(_packet, 'R'),
                };
                for (var k = _random.Next(1, 4); k > 0; k--)
                {
                    _packet[_random.Next(good)] = (byte)_random.Next(256);
                }

                Receive(good);
                Resynchronise();
                return;
        }
    }

    /// <summary>Whatever garbage did, the stream may hold part of a packet: a fresh connection starts the next case.</summary>
    private void Resynchronise()
    {
        if (_server.State != SoupServerState.Idle && _connection.Pending > 0)
        {
            Reattach(logIn: true);
        }
    }

    private void Rejected(int length, bool loggedIn, char reason, bool malformed, string because)
    {
        Receive(length);
        if (loggedIn)
        {
            Unknown(because);
            return;
        }

        _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.LoginsRejected).Add(SoupCounter.PacketsSent).Add(SoupCounter.Disconnects);
        if (malformed)
        {
            _delta.Add(SoupCounter.MalformedPackets);
        }

        _delta.Check(_server.Counters, because);
        SoupFuzzPackets.Parse(_connection.Sent).Should().ContainSingle(because).Which.Should().Match<(char Type, byte[] Payload)>(
            p => p.Type == 'J' && p.Payload.Length == 1 && p.Payload[0] == (byte)reason, because);
        Down(because);
    }

    /// <summary>Counted and skipped; the link stays up, and the next packet is read as usual.</summary>
    private void Unknown(string because)
    {
        _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.UnknownPackets).Check(_server.Counters, because);
        _connection.IsClosed.Should().BeFalse(because);
        _delta.Start(_server.Counters);
        Receive(SoupFuzzPackets.Empty(_packet, 'R'));
        _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.HeartbeatsReceived).Check(_server.Counters, because + ", then a heartbeat");
    }

    private void Framing(string because)
    {
        _delta.Add(SoupCounter.FramingErrors).Add(SoupCounter.Disconnects).Check(_server.Counters, because);
        Down(because);
    }

    private void Down(string because)
    {
        _server.State.Should().Be(SoupServerState.Idle, because);
        _connection.IsClosed.Should().BeTrue(because);
    }

    /// <summary>Sequenced Data packets numbered from <paramref name="from"/>: each one the stored message of its number.</summary>
    private void CheckSequenced(List<(char Type, byte[] Payload)> packets, long from, string because)
    {
        var into = new byte[1024];
        for (var k = 0; k < packets.Count; k++)
        {
            packets[k].Type.Should().Be('S', because);
            var length = _store.Read(from + k, into);
            packets[k].Payload.Should().Equal(into.AsSpan(0, length).ToArray(), $"message {from + k}, {because}");
        }
    }

    private void CheckInvariants(string because)
    {
        var c = _server.Counters;
        c[SoupCounter.PacketsReceived].Should().Be(
            c[SoupCounter.UnsequencedReceived] + c[SoupCounter.HeartbeatsReceived] + c[SoupCounter.UnknownPackets]
            + c[SoupCounter.DebugPackets] + c[SoupCounter.Logouts] + c[SoupCounter.LoginsAccepted] + c[SoupCounter.LoginsRejected],
            $"every packet received is counted once by kind: {because}");
        _server.IsLoggedIn.Should().Be(_server.State == SoupServerState.LoggedIn, because);
        (_server.State == SoupServerState.Idle).Should().Be(_connection.IsClosed, because);
        if (_server.IsLoggedIn)
        {
            _server.NextToSend.Should().Be(_store.Count + 1, $"caught up: {because}");
        }
    }

    private void Reattach(bool logIn)
    {
        _next ^= 1;
        _connection = _connections[_next];
        _connection.Reopen();
        _server.Attach(_connection, _now);
        if (logIn)
        {
            _connection.Feed(_packet.AsSpan(0, SoupFuzzPackets.Login(_packet, "USER", "PASS", "", "0")));
            _server.DoWork(_now);
            _server.IsLoggedIn.Should().BeTrue();
        }
    }

    private void Receive(int length)
    {
        _connection.Feed(_packet.AsSpan(0, length));
        _server.DoWork(_now);
    }

    private string RandomAlpha(int min, int max, string not)
    {
        string value;
        do
        {
            var chars = new char[_random.Next(min, max + 1)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)_random.Next('!', '~' + 1);
            }

            value = new string(chars);
        }
        while (value == not);

        return value;
    }

    private byte[] RandomBytes(int min, int max)
    {
        var bytes = new byte[_random.Next(min, max + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private int FillRandom(int length)
    {
        _random.NextBytes(_packet.AsSpan(0, length));
        return length;
    }

    private sealed class Handler : ISoupServerHandler
    {
        public byte[] Last { get; private set; } = [];

        public void OnLogin(long nextSequence) { }

        public void OnUnsequencedData(ReadOnlySpan<byte> message) => Last = message.ToArray();

        public void OnLogout() { }

        public void OnDisconnected() { }
    }
}
