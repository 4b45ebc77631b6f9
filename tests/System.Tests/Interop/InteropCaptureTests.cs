using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// tshark's FIX dissector reads a whole interop run off the loopback wire: every message of ours and of the
/// executor decodes as FIX, every CheckSum is right, and the message types come in the order of the exchange.
/// </summary>
[Category("Interop")]
[Category("System")]
public class InteropCaptureTests : InteropTest
{
    [TestCase("FIX.4.2")]
    [TestCase("FIXT.1.1")]
    [CancelAfter(90_000)]
    public void A_logon_orders_and_logout_run_decodes_as_FIX_with_good_checksums(string beginString, CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = beginString }, Workspace.Sub("peer"), cancellation);
        using var capture = TsharkCapture.Start(peer.Port, Workspace.Path, cancellation);
        using (var initiator = SteppedInitiator.Create(
                   new InitiatorConfig { Port = peer.Port, BeginString = beginString }, Workspace.Sub("initiator")))
        {
            FixSession session = initiator.Session;
            initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
            foreach (string clOrdId in new[] { "CAP-1", "CAP-2", "CAP-3" })
            {
                initiator.Send(session, "D", Orders.LimitOrder(clOrdId, price: "99.125"));
                initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == clOrdId, Reply, cancellation, $"the fill of {clOrdId}", peer.Describe);
            }

            initiator.LogOut(session, Reply, cancellation, peer.Describe);
        }

        capture.Stop(cancellation);
        TsharkDecode decode = capture.Decode(WireDissector.Fix, cancellation);

        string because = decode + Environment.NewLine + peer.Describe();
        decode.Messages.Should().Equal(["A", "A", "D", "8", "D", "8", "D", "8", "5", "5"], because);
        decode.GoodChecksums.Should().Be(10, because);
        decode.BadChecksums.Should().Be(0, because);
        decode.Malformed.Should().Be(0, because);

        // Our own reading of the same bytes: every frame's BodyLength and CheckSum hold, both ways.
        IReadOnlyDictionary<int, IReadOnlyList<string>> streams = CapturedFixStreams.Read(capture.PcapPath, peer.Port, cancellation);
        IReadOnlyList<string> ours = streams.Single(s => s.Key != peer.Port).Value;
        IReadOnlyList<string> theirs = streams[peer.Port];
        ours.Select(f => RawFix.Field(f, 35)).Should().Equal(["A", "D", "D", "D", "5"], because);
        theirs.Select(f => RawFix.Field(f, 35)).Should().Equal(["A", "8", "8", "8", "5"], because);
        ours.Should().OnlyContain(f => RawFix.Field(f, 8) == beginString && RawFix.Field(f, 49) == "CLIENT");
    }
}
