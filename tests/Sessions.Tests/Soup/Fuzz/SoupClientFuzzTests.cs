using System.Buffers.Binary;
using FluentAssertions;
using Gateway.Sessions.Soup;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup.Fuzz;

/// <summary>
/// Seeded random input to the SoupBinTCP client session, one case at a time, each with the spec's answer checked
/// exactly: Login Accepted good and malformed (short, non-numeric number: counted, ignored, still waiting), Login
/// Rejected (stopped, no retry), sequenced data numbered one after the other from the accepted number, unknown types
/// and types at the wrong time (counted, skipped, link up), zero lengths and lengths past the maximum (framing error,
/// link dropped), packets cut short, End of Session, the timers and the application's sends; then garbage and
/// randomly mutated packets, where the invariants are checked. Every counter moves exactly as expected and the next
/// expected sequence number always follows the packets delivered.
/// </summary>
[Category("Fuzz")]
public sealed class SoupClientFuzzTests
{
    private const int Seed = 2424;
    private const int Cases = 50_000;
    private const long Second = 1_000_000_000L;

    private readonly byte[] _packet = new byte[8192];
    private readonly CounterDelta _delta = new();
    private readonly FuzzConnection[] _connections = [new(), new()];
    private Random _random = null!;
    private MemorySoupSequenceStore _store = null!;
    private Handler _handler = null!;
    private SoupClientSession _client = null!;
    private FuzzConnection _connection = null!;
    private long _now;
    private long _lastSentAt;
    private int _next;

    private enum Case
    {
        Accepted, AcceptedMalformed, Rejected, Sequenced, Heartbeat, EndOfSession, Debug, UnknownType, ZeroLength, TooLong,
        Truncated, Batch, Send, HeartbeatDue, Timeout, Garbage, Mutated,
    }

    [Test]
    [CancelAfter(120_000)]
    public void Every_bad_input_gets_the_spec_answer_and_the_client_carries_on(CancellationToken cancellation)
    {
        _random = new Random(Seed);
        _store = new MemorySoupSequenceStore(1);
        _handler = new Handler();
        _client = new SoupClientSession(new SoupClientSettings { Username = "USER", Password = "PASS" }, _store, _handler);
        _now = 1_000 * Second;
        var counts = new int[Enum.GetValues<Case>().Length];
        for (var i = 0; i < Cases; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            _now += 1_000;
            if (!_client.HasConnection || _random.Next(20) == 0)
            {
                Reattach(logIn: _random.Next(5) != 0);
            }

            var kind = (Case)_random.Next(counts.Length);
            counts[(int)kind]++;
            var because = $"case {i} ({kind}, seed {Seed})";
            var nextBefore = _client.NextExpectedSequence;
            var acceptedBefore = _client.Counters[SoupCounter.LoginsAccepted];
            var sequencedBefore = _client.Counters[SoupCounter.SequencedReceived];
            Run(kind, because);
            CheckInvariants(because);
            if (_client.Counters[SoupCounter.LoginsAccepted] == acceptedBefore)
            {
                _client.NextExpectedSequence.Should().Be(
                    nextBefore + _client.Counters[SoupCounter.SequencedReceived] - sequencedBefore,
                    $"one number per sequenced packet delivered: {because}");
            }
        }

        counts.Should().OnlyContain(c => c > 0, "every kind of case ran");
        TestContext.Out.WriteLine($"{Cases} cases: " + string.Join(", ", Enum.GetValues<Case>().Select(c => $"{c} {counts[(int)c]}")));
        _client.Dispose();
    }

    private void Run(Case kind, string because)
    {
        var loggedIn = _client.IsLoggedIn;
        _delta.Start(_client.Counters);
        _connection.ClearSent();
        switch (kind)
        {
            case Case.Accepted:
                var number = _random.Next(1, 1000);
                var expected = _client.NextExpectedSequence;
                Receive(SoupFuzzPackets.Accepted(_packet, "SESS1", number.ToString()));
                if (loggedIn)
                {
                    Unknown(because);
                    return;
                }

                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.LoginsAccepted);
                if (number > expected)
                {
                    _delta.Add(SoupCounter.SequenceGaps);
                }

                _delta.Check(_client.Counters, because);
                _client.IsLoggedIn.Should().BeTrue(because);
                _client.NextExpectedSequence.Should().Be(number, $"the server's number wins: {because}");
                _handler.LastLogin.Should().Be(number, because);
                return;
            case Case.AcceptedMalformed:
                var length = SoupFuzzPackets.Accepted(_packet, "SESS1", "7");
                if (_random.Next(2) == 0)
                {
                    _packet[SoupLayout.AcceptedSequenceOffset + _random.Next(SoupLayout.SequenceLength)] = (byte)"x-.+\0/:"[_random.Next(7)];
                }
                else
                {
                    length = _random.Next(3, SoupLayout.LoginAcceptedPacketLength);
                    BinaryPrimitives.WriteUInt16BigEndian(_packet, (ushort)(length - 2));
                }

                Receive(length);
                if (loggedIn)
                {
                    Unknown(because);
                    return;
                }

                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.MalformedPackets).Check(_client.Counters, because);
                _client.State.Should().Be(SoupClientState.LoginSent, $"still waiting for a real answer: {because}");
                Carries(because);
                return;
            case Case.Rejected:
                var reason = "AS"[_random.Next(2)];
                Receive(_random.Next(4) == 0 ? SoupFuzzPackets.Empty(_packet, 'J') : SoupFuzzPackets.Data(_packet, 'J', [(byte)reason]));
                if (loggedIn)
                {
                    Unknown(because);
                    return;
                }

                var empty = _packet[1] == 1;
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.LoginsRejected).Add(SoupCounter.Disconnects).Check(_client.Counters, because);
                _client.State.Should().Be(SoupClientState.Rejected, because);
                _client.LastRejectReason.Should().Be(empty ? SoupLoginRejectReason.NotAuthorized : (SoupLoginRejectReason)reason, because);
                _connection.IsClosed.Should().BeTrue(because);
                return;
            case Case.Sequenced:
                var payload = RandomBytes(0, 200);
                var sequence = _client.NextExpectedSequence;
                Receive(SoupFuzzPackets.Data(_packet, 'S', payload));
                if (!loggedIn)
                {
                    Unknown(because);
                    return;
                }

                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.SequencedReceived).Check(_client.Counters, because);
                _handler.LastSequence.Should().Be(sequence, because);
                _handler.LastMessage.Should().Equal(payload, because);
                return;
            case Case.Heartbeat:
                Receive(SoupFuzzPackets.Empty(_packet, 'H'));
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.HeartbeatsReceived).Check(_client.Counters, because);
                return;
            case Case.EndOfSession:
                Receive(SoupFuzzPackets.Empty(_packet, 'Z'));
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.EndOfSessions).Add(SoupCounter.Disconnects).Check(_client.Counters, because);
                _client.State.Should().Be(SoupClientState.EndOfSession, because);
                _connection.IsClosed.Should().BeTrue(because);
                return;
            case Case.Debug:
                Receive(SoupFuzzPackets.Data(_packet, '+', RandomBytes(0, 80)));
                _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.DebugPackets).Check(_client.Counters, because);
                return;
            case Case.UnknownType:
                char type;
                do
                {
                    type = (char)_random.Next(256);
                }
                while (SoupFuzzPackets.ClientTakes.Contains(type));

                Receive(SoupFuzzPackets.Data(_packet, type, RandomBytes(0, 100)));
                Unknown(because);
                return;
            case Case.ZeroLength:
                Receive(SoupFuzzPackets.Header(_packet, 0, 'H'));
                Framing(because);
                return;
            case Case.TooLong:
                Receive(SoupFuzzPackets.Header(_packet, _random.Next(4097, 65536), 'S'));
                Framing(because);
                return;
            case Case.Truncated:
                var whole = SoupFuzzPackets.Data(_packet, 'S', RandomBytes(0, 300));
                var first = _random.Next(0, whole);
                _connection.Feed(_packet.AsSpan(0, first));
                Work();
                _delta.Check(_client.Counters, because + ", first part");
                _connection.Pending.Should().Be(first, because);
                _connection.Feed(_packet.AsSpan(first, whole - first));
                Work();
                _delta.Add(SoupCounter.PacketsReceived).Add(loggedIn ? SoupCounter.SequencedReceived : SoupCounter.UnknownPackets);
                _delta.Check(_client.Counters, because);
                _connection.Pending.Should().Be(0, because);
                return;
            case Case.Batch:
                var n = _random.Next(2, 30);
                var at = 0;
                var from = _client.NextExpectedSequence;
                for (var k = 0; k < n; k++)
                {
                    at += SoupFuzzPackets.Data(_packet.AsSpan(at), 'S', [(byte)k]);
                }

                Receive(at);
                _delta.Add(SoupCounter.PacketsReceived, n).Add(loggedIn ? SoupCounter.SequencedReceived : SoupCounter.UnknownPackets, n);
                _delta.Check(_client.Counters, because);
                if (loggedIn)
                {
                    _handler.LastSequence.Should().Be(from + n - 1, because);
                    _handler.LastMessage.Should().Equal([(byte)(n - 1)], because);
                }

                return;
            case Case.Send:
                var large = _random.Next(10) == 0;
                var message = RandomBytes(large ? 4096 : 0, large ? 5000 : 200);
                var result = _client.SendUnsequenced(message);
                if (large)
                {
                    result.Should().Be(SoupSendResult.TooLarge, $"a message past the packet limit can never go: {because}");
                }
                else if (!loggedIn)
                {
                    result.Should().Be(SoupSendResult.NotConnected, because);
                }
                else
                {
                    result.Should().Be(SoupSendResult.Sent, because);
                    _lastSentAt = _now;
                    _delta.Add(SoupCounter.PacketsSent).Add(SoupCounter.UnsequencedSent);
                    var sent = SoupFuzzPackets.Parse(_connection.Sent);
                    sent.Should().ContainSingle(because);
                    (sent[0].Type, sent[0].Payload).Should().Match<(char Type, byte[] Payload)>(p => p.Type == 'U' && p.Payload.SequenceEqual(message), because);
                }

                _delta.Check(_client.Counters, because);
                return;
            case Case.HeartbeatDue:
                _now += Second + _random.Next(1000);
                _client.DoWork(_now);
                if (loggedIn)
                {
                    _delta.Add(SoupCounter.PacketsSent).Add(SoupCounter.HeartbeatsSent);
                    SoupFuzzPackets.Parse(_connection.Sent).Select(p => p.Type).Should().Equal(['R'], because);
                    _lastSentAt = _now;
                }

                _delta.Check(_client.Counters, because);
                return;
            case Case.Timeout:
                _now += (15 * Second) + _random.Next(1000);
                _client.DoWork(_now);
                _delta.Add(SoupCounter.ReceiveTimeouts).Add(SoupCounter.Disconnects).Check(_client.Counters, because);
                _client.State.Should().Be(SoupClientState.Disconnected, because);
                return;
            case Case.Garbage:
                _random.NextBytes(_packet.AsSpan(0, length = _random.Next(1, 512)));
                Receive(length);
                Resynchronise();
                return;
            case Case.Mutated:
                var good = _random.Next(3) switch
                {
                    0 => SoupFuzzPackets.Accepted(_packet, "SESS1", "5"),
                    1 => SoupFuzzPackets.Data(_packet, 'S', RandomBytes(0, 60)),
                    _ => SoupFuzzPackets.Data(_packet, 'J', [(byte)'A']),
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

    private void Resynchronise()
    {
        if (_client.HasConnection && _connection.Pending > 0)
        {
            Reattach(logIn: true);
        }
    }

    /// <summary>Counted and skipped; the link stays up, and the next packet is read as usual.</summary>
    private void Unknown(string because)
    {
        _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.UnknownPackets).Check(_client.Counters, because);
        Carries(because);
    }

    private void Carries(string because)
    {
        _connection.IsClosed.Should().BeFalse(because);
        _delta.Start(_client.Counters);
        Receive(SoupFuzzPackets.Empty(_packet, 'H'));
        _delta.Add(SoupCounter.PacketsReceived).Add(SoupCounter.HeartbeatsReceived).Check(_client.Counters, because + ", then a heartbeat");
    }

    private void Framing(string because)
    {
        _delta.Add(SoupCounter.FramingErrors).Add(SoupCounter.Disconnects).Check(_client.Counters, because);
        _client.State.Should().Be(SoupClientState.Disconnected, because);
        _connection.IsClosed.Should().BeTrue(because);
    }

    private void CheckInvariants(string because)
    {
        var c = _client.Counters;
        c[SoupCounter.PacketsReceived].Should().Be(
            c[SoupCounter.SequencedReceived] + c[SoupCounter.HeartbeatsReceived] + c[SoupCounter.UnknownPackets]
            + c[SoupCounter.DebugPackets] + c[SoupCounter.EndOfSessions] + c[SoupCounter.LoginsAccepted]
            + c[SoupCounter.LoginsRejected] + c[SoupCounter.MalformedPackets],
            $"every packet received is counted once by kind: {because}");
        _client.HasConnection.Should().Be(!_connection.IsClosed, because);
        if (!_client.HasConnection)
        {
            _client.State.Should().BeOneOf([SoupClientState.Disconnected, SoupClientState.Rejected, SoupClientState.EndOfSession], because);
        }

        _client.NextExpectedSequence.Should().BeGreaterThanOrEqualTo(1, because);
    }

    /// <summary>Drops the current link (as the peer would), then attaches a fresh one and, if asked, logs in on it.</summary>
    private void Reattach(bool logIn)
    {
        if (_client.HasConnection)
        {
            _connection.Close();
            _client.DoWork(_now);
        }

        _client.Enable();
        _next ^= 1;
        _connection = _connections[_next];
        _connection.Reopen();
        _client.Attach(_connection, _now);
        _lastSentAt = _now;
        var login = SoupFuzzPackets.Parse(_connection.Sent);
        login.Should().ContainSingle().Which.Type.Should().Be('L');
        System.Text.Encoding.ASCII.GetString(login[0].Payload, 46 - 20, 20).Trim().Should().Be(_client.NextExpectedSequence.ToString(),
            "the login asks for the next expected number");
        if (logIn)
        {
            Receive(SoupFuzzPackets.Accepted(_packet, "SESS1", _client.NextExpectedSequence.ToString()));
            _client.IsLoggedIn.Should().BeTrue();
        }
    }

    private void Receive(int length)
    {
        _connection.Feed(_packet.AsSpan(0, length));
        Work();
    }

    /// <summary>
    /// One duty cycle. A packet that logs the client in may find a heartbeat due (a second since the Login Request):
    /// it goes out in the same cycle, as the spec's timer says.
    /// </summary>
    private void Work()
    {
        _client.DoWork(_now);
        if (_client.IsLoggedIn && _now - _lastSentAt >= Second)
        {
            _delta.Add(SoupCounter.HeartbeatsSent).Add(SoupCounter.PacketsSent);
            _lastSentAt = _now;
        }
    }

    private byte[] RandomBytes(int min, int max)
    {
        var bytes = new byte[_random.Next(min, max + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private sealed class Handler : ISoupClientHandler
    {
        public long LastLogin { get; private set; }

        public long LastSequence { get; private set; }

        public byte[] LastMessage { get; private set; } = [];

        public void OnLoginAccepted(ReadOnlySpan<byte> session, long nextSequence) => LastLogin = nextSequence;

        public void OnLoginRejected(SoupLoginRejectReason reason) { }

        public void OnSequencedData(long sequence, ReadOnlySpan<byte> message)
        {
            LastSequence = sequence;
            LastMessage = message.ToArray();
        }

        public void OnEndOfSession() { }

        public void OnDisconnected() { }
    }
}
