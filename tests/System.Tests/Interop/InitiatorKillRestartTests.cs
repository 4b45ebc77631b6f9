using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// Our initiator with a file store, in a process of its own, is killed with SIGKILL in the middle of a stream of
/// orders and started again over the same store: it resumes its sequence numbers (no reset), the executor takes its
/// Logon without a reset or a complaint, whatever was in flight is recovered, and a new order trades.
/// </summary>
[Category("Interop")]
[Category("System")]
public class InitiatorKillRestartTests : InteropTest
{
    private const int KillAfterFills = 30;
    private static readonly FixSessionId Ours = new("FIX.4.4", "CLIENT", "EXEC");

    [Test]
    [CancelAfter(60_000)]
    public void A_killed_initiator_resumes_its_sequence_numbers_from_its_file_store(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        var config = new InitiatorConfig { Port = peer.Port, FileStorePath = "store" };
        string directory = Workspace.Sub("initiator");
        string configPath = config.WriteTo(directory);

        string childOutput;
        using (BackgroundProcess child = InitiatorChild.Start(configPath))
        {
            child.WaitForOutput($"fill K{KillAfterFills} ", TimeSpan.FromSeconds(30), cancellation);
            child.Kill();
            childOutput = child.Output;
            childOutput.Should().StartWith("logon out=2 in=2", "the child started from an empty store");
            childOutput.Should().NotContain("error");
        }

        // The executor sees the connection drop; our store holds what the child had when it died.
        peer.WaitForLog("Disconnecting", Reply, cancellation);
        (int storedNextOut, int storedNextIn) = ReadStore(Path.Combine(directory, "store"));
        storedNextOut.Should().BeGreaterThan(KillAfterFills + 1, "the Logon and at least the filled orders were stored");
        storedNextIn.Should().BeGreaterThanOrEqualTo(KillAfterFills + 1, "the fill before the last one printed was processed");
        int peerMessagesBefore = PeerLog.Incoming(peer.Log).Count;

        using var initiator = SteppedInitiator.Create(config, directory);
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);

        // Our Logon went out at the stored next number, without ResetSeqNumFlag; the venue's Logon did not reset either.
        PeerLogMessage ourLogon = PeerLog.WaitForIncoming(
            peer, all => all.Count > peerMessagesBefore, Reply, cancellation, "our Logon")[peerMessagesBefore];
        ourLogon.MsgType.Should().Be("A", peer.Describe());
        ourLogon.SeqNum.Should().Be(storedNextOut, ourLogon.Text);
        ourLogon.Field(141).Should().BeNull(ourLogon.Text);
        ReceivedMessage venueLogon = initiator.Application.Where(m => m.MsgType == "A").Single();
        venueLogon.Field(141).Should().BeNull("nobody reset: {0}", venueLogon.Text);
        venueLogon.SeqNum.Should().BeGreaterThanOrEqualTo(storedNextIn, "the venue carries on from where we last heard it");

        // Anything in flight at the kill is recovered both ways (a ResendRequest each way if needed); then a new
        // order trades.
        initiator.Send(session, "D", Orders.LimitOrder("AFTER-KILL"));
        initiator.Await(
            session, m => m.MsgType == "8" && m.Field(11) == "AFTER-KILL", Reply, cancellation, "the fill after the restart", peer.Describe);
        session.Counters[FixSessionCounter.SequenceTooLow].Should().Be(0);

        // No fill is lost: every order the child stored (MsgSeqNums 2 .. next out - 1 are K1, K2, ...) was filled in
        // the child's life or, resent by the venue, after the restart; a fill seen in both lives came again as PossDup.
        HashSet<string> filledInChild = FillsPrintedBy(childOutput);
        IReadOnlyList<ReceivedMessage> filledAfter = initiator.Application.Where(m => m.MsgType == "8" && m.Field(11) != "AFTER-KILL");
        IEnumerable<string> stored = Enumerable.Range(1, storedNextOut - 2).Select(i => $"K{i}");
        string both = $"child output:{Environment.NewLine}{childOutput}{initiator.Describe()}";
        stored.Where(k => !filledInChild.Contains(k) && !filledAfter.Any(f => f.Field(11) == k)).Should().BeEmpty(
            "these orders were never filled: {0}", both);
        filledAfter.Where(f => filledInChild.Contains(f.Field(11)!) && !f.IsPossDup).Should().BeEmpty(
            "a fill the child saw comes again only as a PossDup: {0}", both);
        TestContext.Out.WriteLine(
            $"killed at next out {storedNextOut}, next in {storedNextIn}; recovery: {SteppedInitiator.Counters(session)}");
        PeerLog.WaitForIncoming(peer, all => all.Any(m => m.Field(11) == "AFTER-KILL"), Reply, cancellation, "the order after the restart");
        string peerLog = peer.Log;
        peerLog.Should().NotContain("MsgSeqNum too low").And.NotContain("ResetSeqNumFlag");
        PeerLog.Messages(peerLog).Should().NotContain(m => !m.Incoming && m.MsgType == "5", "the venue never logged us out");

        initiator.LogOut(session, Reply, cancellation, peer.Describe);
        peer.WaitForLog("Received logout request", Reply, cancellation);
        Wait.Until(() => CountOf(peer.Log, "Disconnecting") >= 2, Reply, cancellation, "the venue to disconnect after the Logout", peer.Describe);
        peer.Stop();
        peer.ReadSequenceNumbers().Should().Be(
            (session.NextTargetMsgSeqNum, session.NextSenderMsgSeqNum), "the venue's store and ours agree at the end: {0}", initiator.Describe());
    }

    private static (int NextOut, int NextIn) ReadStore(string directory)
    {
        using var store = new FileFixMessageStore(new FileStoreOptions(directory), Ours);
        return (store.NextSenderMsgSeqNum, store.NextTargetMsgSeqNum);
    }

    /// <summary>The ClOrdIDs of the child's "fill K7 seq=8" lines.</summary>
    private static HashSet<string> FillsPrintedBy(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("fill ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[1])
            .ToHashSet();

    private static int CountOf(string text, string what)
    {
        int count = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
