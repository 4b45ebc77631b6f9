using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Tests.Fix.Dictionary;
using Gateway.Sessions.Time;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>
/// The steady state allocates nothing: an order in (framed, scanned, validated against FIX44.xml, sequenced,
/// handed to the application) and an execution report out (written, stored, sent).
/// </summary>
public sealed class AllocationTests
{
    [TestCase(true, true)]
    [TestCase(false, false)]
    public void Receiving_validating_and_answering_orders_allocates_nothing(bool fileStore, bool validate)
    {
        var dictionary = SharedFixData.Fix44;
        var clock = new ManualEpochClock(SessionHarness.Start);
        var directory = TestStoreDirectory();
        IFixMessageStore store = fileStore
            ? new FileFixMessageStore(new FileStoreOptions(directory) { Clock = clock }, "alloc")
            : new MemoryFixMessageStore();
        var app = new FillingApplication();
        var session = new FixSession(
            SessionHarness.Settings() with { PersistMessages = fileStore }, app, store, null,
            validate ? new DictionaryValidator(new FixValidator(dictionary)) : null, clock);
        var (mine, theirs) = InMemoryConnection.CreatePair();
        session.Attach(mine);
        var peer = new FixPeer(theirs, clock.NowNanos);
        peer.Send("8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30|");
        session.DoWork(clock.NowNanos());
        Drain(theirs);

        const int warmUp = 2_000;
        const int measured = 10_000;
        var orders = Enumerable.Range(2, warmUp + measured)
            .Select(seq => Encoding.Latin1.GetBytes(FixPeer.Decorate(
                $"8=FIX.4.4|35=D|34={seq}|49=TW|52={peer.Time(0)}|56=ISLD|11=ORD{seq}|21=1|38=100|40=2|44=101.25|54=1|55=GTW|60={peer.Time(0)}|")
                .Replace('|', '\u0001')))
            .ToArray();
        for (var i = 0; i < warmUp; i++)
        {
            RoundTrip(session, theirs, orders[i], clock);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = warmUp; i < orders.Length; i++)
        {
            RoundTrip(session, theirs, orders[i], clock);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        app.Orders.Should().Be(warmUp + measured);
        session.NextTargetMsgSeqNum.Should().Be(warmUp + measured + 2);
        allocated.Should().Be(0, $"{allocated} bytes over {measured} orders");
        session.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static void RoundTrip(FixSession session, InMemoryConnection peer, byte[] order, ManualEpochClock clock)
    {
        peer.TrySend(order);
        session.DoWork(clock.NowNanos());
        Drain(peer);
    }

    private static void Drain(InMemoryConnection connection)
    {
        connection.Poll();
        connection.Consume(connection.Received.Length);
    }

    private static string TestStoreDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "gateway-alloc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private sealed class FillingApplication : IFixApplication
    {
        public int Orders { get; private set; }

        public void OnCreate(FixSession session)
        {
        }

        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

        public FixAppResult FromApp(FixSession session, in FixMessage message)
        {
            Orders++;
            var fill = new Fill(message.GetValue(11));
            session.TrySend("8"u8, ref fill);
            return FixAppResult.Accepted;
        }
    }

    private readonly ref struct Fill(ReadOnlySpan<byte> clOrdId) : IFixBody
    {
        private readonly ReadOnlySpan<byte> _clOrdId = clOrdId;

        public void WriteHeader(ref FixHeaderFields header)
        {
        }

        public void WriteBody(ref FixWriter writer)
        {
            writer.Add(6, new FixDecimal(10125, 2));
            writer.Add(11, _clOrdId);
            writer.Add(14, 100);
            writer.Add(17, _clOrdId);
            writer.Add(37, _clOrdId);
            writer.Add(39, '2');
            writer.Add(54, '1');
            writer.Add(55, "GTW"u8);
            writer.Add(150, 'F');
            writer.Add(151, 0);
        }
    }
}
