using System.Buffers.Binary;
using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch.Fuzz;

/// <summary>
/// Seeded random OUCH messages from the venue to the adapter, inside well-formed Soup Sequenced Data, both dialects:
/// every message type for known orders, unknown message types, messages shorter than their type (or empty), unknown
/// tokens / UserRefNums, 5.0 appendages that do not add up or run past the message, then garbage and random
/// mutations. Each is answered as the adapter's contract says — one report per message (Unrecognised for what it
/// cannot use, with its counter), none for a System Event or a 5.0 account-level response (counted instead), each
/// known type moves its own counter — the Soup link stays up, and the sequence numbers move by exactly one per message.
/// </summary>
[Category("Fuzz")]
public sealed class OuchAdapterFuzzTests
{
    private const int Cases = 15_000;
    private const int Orders = 100;
    private const int Replacements = 20;

    private static readonly OuchVenueCounter[] AllCounters = Enum.GetValues<OuchVenueCounter>();
    private readonly long[] _before = new long[AllCounters.Length];
    private Random _random = null!;
    private OuchHarness _h = null!;
    private OuchDialect _dialect;

    private enum Case { Valid, UnknownType, Short, Empty, UnknownToken, BadAppendage, Garbage, Mutated }

    [TestCase(OuchDialect.Ouch42, 42)]
    [TestCase(OuchDialect.Ouch50, 50)]
    [CancelAfter(120_000)]
    public void Bad_venue_messages_are_reported_unrecognised_and_the_session_carries_on(OuchDialect dialect, int seed,
        CancellationToken cancellation)
    {
        _dialect = dialect;
        _random = new Random(seed);
        using var h = _h = new OuchHarness(dialect, venueStore: new MemorySoupMessageStore(Cases + 1000), maxOrders: 1000);
        h.Connect();
        for (var i = 1; i <= Orders; i++)
        {
            h.Send(VenueRequestKind.NewOrder, 1000 + i).Should().Be(VenueSendResult.Sent);
        }

        for (var i = 1; i <= Replacements; i++)
        {
            h.Send(VenueRequestKind.Replace, 5000 + i, origClOrdId: 1000 + i, quantity: 200).Should().Be(VenueSendResult.Sent);
        }

        var counts = new int[Enum.GetValues<Case>().Length];
        for (var i = 0; i < Cases; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var kind = (Case)_random.Next(counts.Length);
            if (kind == Case.BadAppendage && dialect == OuchDialect.Ouch42)
            {
                kind = Case.Mutated;
            }

            counts[(int)kind]++;
            Run(kind, $"case {i} ({kind}, {dialect}, seed {seed})");
        }

        counts.Where((c, k) => dialect == OuchDialect.Ouch50 || (Case)k != Case.BadAppendage).Should().OnlyContain(c => c > 0);
        TestContext.Out.WriteLine($"{dialect}: {Cases} cases: " + string.Join(", ", Enum.GetValues<Case>().Select(c => $"{c} {counts[(int)c]}")));
        h.Adapter.Session.Counters[SoupCounter.FramingErrors].Should().Be(0);
        h.Adapter.Session.Counters[SoupCounter.Disconnects].Should().Be(0);
    }

    private void Run(Case kind, string because)
    {
        var m = _h.Buffer.AsSpan();
        int length;
        byte type;
        OuchVenueCounter? counter = null;
        switch (kind)
        {
            case Case.Valid:
                length = Valid(m, KnownToken(), out type);
                break;
            case Case.UnknownType:
                do
                {
                    type = (byte)_random.Next(256);
                }
                while (LengthOf(type) != 0);

                m[0] = type;
                length = _random.Next(1, 100);
                _random.NextBytes(m[1..length]);
                counter = OuchVenueCounter.UnknownMessages;
                break;
            case Case.Short:
                var full = Valid(m, KnownToken(), out type);
                length = _random.Next(1, Math.Min(full, LengthOf(type)));
                counter = OuchVenueCounter.MalformedMessages;
                break;
            case Case.Empty:
                length = 0;
                type = 0;
                counter = OuchVenueCounter.MalformedMessages;
                break;
            case Case.UnknownToken:
                length = Valid(m, Orders + Replacements + 1 + _random.Next(1_000_000), out type);
                if (_dialect == OuchDialect.Ouch42 && _random.Next(2) == 0)
                {
                    // Not our number at all: letters in the token.
                    m[Ouch42Layout.OutTokenOffset + _random.Next(Ouch42Layout.TokenLength)] = (byte)_random.Next('A', 'Z' + 1);
                }

                counter = IsSilent(type) ? null : OuchVenueCounter.UnknownTokens;
                break;
            case Case.BadAppendage:
                length = Valid(m, KnownToken(), out type);
                if (type == Ouch50Layout.SystemEventType)
                {
                    break;
                }

                var fixedLength = Ouch50Layout.OutboundFixedLength(type);
                var appendage = _random.Next(1, 40);
                _random.NextBytes(m.Slice(fixedLength, appendage));
                var overrun = _random.Next(3) == 0;
                BinaryPrimitives.WriteUInt16BigEndian(m[(fixedLength - 2)..], (ushort)(appendage + (overrun ? _random.Next(1, 1000) : 0)));
                length = fixedLength + appendage;
                if (overrun)
                {
                    counter = OuchVenueCounter.MalformedMessages;
                }
                else if (!AppendageAddsUp(m.Slice(fixedLength, appendage)))
                {
                    counter = OuchVenueCounter.MalformedAppendages;
                }

                break;
            case Case.Garbage:
                length = _random.Next(1, 200);
                _random.NextBytes(m[..length]);
                type = m[0];
                break;
            default:
                length = Valid(m, KnownToken(), out type);
                for (var k = _random.Next(1, 4); k > 0; k--)
                {
                    m[_random.Next(length)] = (byte)_random.Next(256);
                }

                type = m[0];
                break;
        }

        Deliver(length, kind, type, counter, because);
    }

    /// <summary>Sends the message and checks what the adapter made of it.</summary>
    private void Deliver(int length, Case kind, byte type, OuchVenueCounter? counter, string because)
    {
        var counters = _h.Adapter.Counters;
        foreach (var c in AllCounters)
        {
            _before[(int)c] = counters[c];
        }

        var sequence = _h.Adapter.Session.NextExpectedSequence;
        var reportsBefore = _h.Sink.Count;
        _h.Server.SendSequenced(_h.Buffer.AsSpan(0, length));
        _h.Step();

        _h.Adapter.IsLoggedOn.Should().BeTrue($"OUCH errors never drop the link: {because}");
        _h.Adapter.Session.NextExpectedSequence.Should().Be(sequence + 1, because);
        _h.Adapter.Orders.LastAppliedSequence.Should().Be(sequence, because);
        var reports = _h.Sink.Count - reportsBefore;
        var systemEvents = counters[OuchVenueCounter.SystemEvents] - _before[(int)OuchVenueCounter.SystemEvents];
        var silent = 0L;
        foreach (var c in SilentCounters)
        {
            silent += counters[c] - _before[(int)c];
        }

        (reports + silent).Should().Be(1, $"one report per message, none for a System Event or account response: {because}");
        (counters[OuchVenueCounter.ReportsDelivered] - _before[(int)OuchVenueCounter.ReportsDelivered]).Should().Be(reports, because);
        if (reports == 1)
        {
            _h.Sink.Last.VenueSequence.Should().Be(sequence, because);
            _h.Sink.Last.PossibleDuplicate.Should().BeFalse(because);
        }

        if (kind is Case.Garbage or Case.Mutated)
        {
            return;
        }

        // Exactly the named counter and the type's own moves (besides the report count), and the report says what happened.
        var typeCounter = counter is OuchVenueCounter.UnknownMessages or OuchVenueCounter.MalformedMessages
            or OuchVenueCounter.UnknownTokens ? null : TypeCounter(type);
        foreach (var c in AllCounters)
        {
            var expected = c == counter || c == typeCounter ? 1 : c == OuchVenueCounter.ReportsDelivered ? reports
                : c == OuchVenueCounter.SystemEvents ? systemEvents : 0;
            (counters[c] - _before[(int)c]).Should().Be(expected, $"{c} after {because}");
        }

        if (counter is OuchVenueCounter.UnknownMessages or OuchVenueCounter.MalformedMessages or OuchVenueCounter.UnknownTokens)
        {
            _h.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised, because);
            _h.Sink.Last.Text.ToString().Should().NotBeEmpty(because);
            return;
        }

        var kindExpected = ExpectedKind(type);
        if (kindExpected is { } k)
        {
            _h.Sink.Last.Kind.Should().Be(k, because);
        }
        else if (type == (byte)'J')
        {
            _h.Sink.Last.Kind.Should().BeOneOf([VenueReportKind.Rejected, VenueReportKind.CancelRejected], because);
        }
        else
        {
            silent.Should().Be(1, because);
        }
    }

    /// <summary>Counted, never reported: System Event, and the 5.0 Mass Cancel / Order Entry / Account Query responses.</summary>
    private static readonly OuchVenueCounter[] SilentCounters =
        [OuchVenueCounter.SystemEvents, OuchVenueCounter.AccountResponses, OuchVenueCounter.AccountQueryResponses];

    private bool IsSilent(byte type) => type == (byte)'S' || (_dialect == OuchDialect.Ouch50 && type is (byte)'X' or (byte)'G' or (byte)'K' or (byte)'Q');

    /// <summary>The counter a well-formed message of this type moves on its own, if any.</summary>
    private OuchVenueCounter? TypeCounter(byte type) => type switch
    {
        (byte)'S' => OuchVenueCounter.SystemEvents,
        (byte)'B' => OuchVenueCounter.BrokenTrades,
        (byte)'P' => OuchVenueCounter.CancelsPending,
        (byte)'T' => OuchVenueCounter.PriorityUpdates,
        (byte)'M' => OuchVenueCounter.OrdersModified,
        (byte)'X' or (byte)'G' or (byte)'K' when _dialect == OuchDialect.Ouch50 => OuchVenueCounter.AccountResponses,
        (byte)'Q' when _dialect == OuchDialect.Ouch50 => OuchVenueCounter.AccountQueryResponses,
        _ => null,
    };

    private static VenueReportKind? ExpectedKind(byte type) => type switch
    {
        (byte)'A' => VenueReportKind.Accepted,
        (byte)'E' => VenueReportKind.Fill,
        (byte)'C' => VenueReportKind.Canceled,
        (byte)'U' => VenueReportKind.Replaced,
        (byte)'I' => VenueReportKind.CancelRejected,
        (byte)'P' or (byte)'T' or (byte)'M' or (byte)'B' => VenueReportKind.Status,
        _ => null,
    };

    private int LengthOf(byte type) =>
        _dialect == OuchDialect.Ouch42 ? Ouch42Layout.OutboundLength(type) : Ouch50Layout.OutboundFixedLength(type);

    /// <summary>A token the adapter sent: an order or a replacement.</summary>
    private long KnownToken() => _random.Next(1, Orders + Replacements + 1);

    /// <summary>A well-formed message of a random outbound type about <paramref name="token"/>.</summary>
    private int Valid(Span<byte> m, long token, out byte type)
    {
        var ts = (ulong)_random.NextInt64(0, 86_400_000_000_000);
        var shares = (uint)_random.Next(0, 1000);
        var price = (uint)_random.Next(1, 10_000_000);
        var previous = _random.Next(0, 3) == 0 ? 0 : KnownToken();
        if (_dialect == OuchDialect.Ouch42)
        {
            Span<byte> t = stackalloc byte[Ouch42Layout.TokenLength];
            Span<byte> p = stackalloc byte[Ouch42Layout.TokenLength];
            OuchMapping.WriteToken42(t, token);
            OuchMapping.WriteToken42(p, previous);
            type = (byte)"SAUCEJBPITM"[_random.Next(11)];
            return type switch
            {
                (byte)'S' => Ouch42Writer.SystemEvent(m, ts, (byte)'S'),
                (byte)'A' => Ouch42Writer.Accepted(m, ts, t, (byte)'B', shares, "AAPL"u8, price, 99998, "FIRM"u8, (byte)'Y', 7,
                    (byte)'A', (byte)'N', 0, (byte)'N', (byte)'L', (byte)' '),
                (byte)'U' => Ouch42Writer.Replaced(m, ts, t, (byte)'B', shares, "AAPL"u8, price, 99998, "FIRM"u8, (byte)'Y', 7,
                    (byte)'A', (byte)'N', 0, (byte)'N', (byte)'L', p, (byte)' '),
                (byte)'C' => Ouch42Writer.Canceled(m, ts, t, shares, (byte)'U'),
                (byte)'E' => Ouch42Writer.Executed(m, ts, t, shares, price, (byte)'A', 9),
                (byte)'J' => Ouch42Writer.Rejected(m, ts, t, (byte)'X'),
                (byte)'B' => Ouch42Writer.BrokenTrade(m, ts, t, 9, (byte)'E'),
                (byte)'P' => Ouch42Writer.CancelPending(m, ts, t),
                (byte)'I' => Ouch42Writer.CancelReject(m, ts, t),
                (byte)'T' => Ouch42Writer.PriorityUpdate(m, ts, t, price, (byte)'Y', 7),
                _ => Ouch42Writer.OrderModified(m, ts, t, (byte)'B', shares),
            };
        }

        type = (byte)"SAUCEJIBPTMXGKQ"[_random.Next(15)];
        var u = (uint)token;
        return type switch
        {
            (byte)'S' => Ouch50Writer.SystemEvent(m, ts, (byte)'E'),
            (byte)'A' => Ouch50Writer.Accepted(m, ts, u, (byte)'B', shares, "AAPL"u8, price, (byte)'0', (byte)'Y', 7, (byte)'A',
                (byte)'N', (byte)'N', (byte)'L', "C1"u8),
            (byte)'U' => Ouch50Writer.Replaced(m, ts, (uint)previous, u, (byte)'B', shares, "AAPL"u8, price, (byte)'0', (byte)'Y', 7,
                (byte)'A', (byte)'N', (byte)'N', (byte)'L', "C2"u8),
            (byte)'C' => Ouch50Writer.Canceled(m, ts, u, shares, (byte)'U'),
            (byte)'E' => Ouch50Writer.Executed(m, ts, u, shares, price, (byte)'A', 9),
            (byte)'J' => Ouch50Writer.Rejected(m, ts, u, 12, "C1"u8),
            (byte)'I' => Ouch50Writer.CancelReject(m, ts, u),
            (byte)'B' => Ouch50Writer.BrokenTrade(m, ts, u, 9, (byte)'E', "C1"u8),
            (byte)'P' => Ouch50Writer.CancelPending(m, ts, u),
            (byte)'T' => Ouch50Writer.PriorityUpdate(m, ts, u, price, (byte)'Y', 7),
            (byte)'M' => Ouch50Writer.OrderModified(m, ts, u, (byte)'B', shares),
            (byte)'X' => Ouch50Writer.MassCancelResponse(m, ts, u, "FIRM"u8, "AAPL"u8),
            (byte)'G' or (byte)'K' => Ouch50Writer.OrderEntryResponse(m, type == (byte)'K', ts, u, "FIRM"u8),
            _ => Ouch50Writer.AccountQueryResponse(m, ts, 1), // at or below the table's next: changes nothing
        };
    }

    /// <summary>The reference walk of an appendage: elements of (length, tag, value) that end exactly at its end.</summary>
    private static bool AppendageAddsUp(ReadOnlySpan<byte> appendage)
    {
        while (!appendage.IsEmpty)
        {
            int length = appendage[0];
            if (length == 0 || 1 + length > appendage.Length)
            {
                return false;
            }

            appendage = appendage[(1 + length)..];
        }

        return true;
    }
}
