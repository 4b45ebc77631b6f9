using FluentAssertions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Peers;

/// <summary>The QuickFIX C++ peer itself works: hand-written frames over a raw socket, no gateway code involved.</summary>
[Category("Interop")]
public class QuickFixPeerTests
{
    private static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase("FIX.4.2", "")]
    [TestCase("FIX.4.4", "")]
    [TestCase("FIXT.1.1", "1137=7|")]
    [CancelAfter(60_000)]
    public void Executor_answers_a_hand_written_Logon_with_a_Logon(string beginString, string applVerId, CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(
            new QuickFixPeerOptions { BeginString = beginString, DefaultApplVerId = "FIX.5.0" }, _workspace.Sub("peer"), cancellation);
        using var connection = RawFixConnection.Connect(peer.Port, Reply, cancellation);

        connection.Send(Logon(beginString, seqNum: 1, extra: applVerId));
        string? reply = connection.ReadFrame(Reply, cancellation);

        reply.Should().NotBeNull(peer.Describe());
        RawFix.Field(reply!, 8).Should().Be(beginString, peer.Describe());
        RawFix.Field(reply!, 35).Should().Be("A", peer.Describe());
        RawFix.Field(reply!, 34).Should().Be("1");
        RawFix.Field(reply!, 49).Should().Be("EXEC");
        RawFix.Field(reply!, 56).Should().Be("CLIENT");
        peer.WaitForLog("Responding to logon request", Reply, cancellation);
    }

    [Test]
    [CancelAfter(90_000)]
    public void A_venue_side_sequence_jump_is_made_by_editing_the_store_while_stopped(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions(), _workspace.Sub("peer"), cancellation);
        using (var first = RawFixConnection.Connect(peer.Port, Reply, cancellation))
        {
            first.Send(Logon("FIX.4.4", seqNum: 1));
            RawFix.Field(first.ReadUntil("A", Reply, cancellation).Frame, 34).Should().Be("1");

            // QuickFIX counts the Logon in after it has sent its answer: stopping at once could lose that count.
            Wait.Until(() => TryReadSequenceNumbers(peer) == (2, 2), Reply, cancellation, "the peer to store seqnums 2:2");
        }

        peer.Stop();
        peer.ReadSequenceNumbers().Should().Be((2, 2), peer.Describe());
        peer.SetSequenceNumbers(nextOut: 10, nextIn: 2);
        peer.Restart(cancellation);

        using var second = RawFixConnection.Connect(peer.Port, Reply, cancellation);
        second.Send(Logon("FIX.4.4", seqNum: 2));
        (string logon, _) = second.ReadUntil("A", Reply, cancellation);
        RawFix.Field(logon, 34).Should().Be("10", "the venue resumes from the edited store: {0}", peer.Describe());
    }

    [Test]
    [CancelAfter(60_000)]
    public void Ordermatch_reads_commands_from_its_fifo_and_books_a_limit_order(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(
            new QuickFixPeerOptions { App = QuickFixApp.OrderMatch, BeginString = "FIX.4.2", SenderCompId = "MATCH" },
            _workspace.Sub("peer"),
            cancellation);
        peer.SendCommand("#symbols");
        peer.WaitForLog("SYMBOLS:", Reply, cancellation);

        using var connection = RawFixConnection.Connect(peer.Port, Reply, cancellation);
        connection.Send(Logon("FIX.4.2", seqNum: 1, target: "MATCH"));
        connection.ReadUntil("A", Reply, cancellation);
        connection.Send(RawFix.Frame(
            "FIX.4.2",
            $"35=D|34=2|49=CLIENT|52={RawFix.SendingTimeNow()}|56=MATCH|11=ORD1|21=1|55=MSFT|54=1|" +
            $"60={RawFix.SendingTimeNow()}|40=2|44=10.5|38=100|59=0|"));
        (string report, _) = connection.ReadUntil("8", Reply, cancellation);
        RawFix.Field(report, 39).Should().Be("0", "a resting order is acknowledged as New: {0}", peer.Describe());

        peer.SendCommand("MSFT");
        peer.WaitForLog("BIDS:", Reply, cancellation);
        peer.IsRunning.Should().BeTrue();
    }

    internal static byte[] Logon(string beginString, int seqNum, string extra = "", string target = "EXEC") =>
        RawFix.Frame(beginString, $"35=A|34={seqNum}|49=CLIENT|52={RawFix.SendingTimeNow()}|56={target}|98=0|108=30|{extra}");

    /// <summary>The peer's stored sequence numbers, or none while it is rewriting the file.</summary>
    private static (int, int)? TryReadSequenceNumbers(QuickFixPeer peer)
    {
        try
        {
            return peer.ReadSequenceNumbers();
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or IOException)
        {
            return null;
        }
    }
}
