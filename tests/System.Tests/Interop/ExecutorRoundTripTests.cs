using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// Our initiator against QuickFIX C++'s executor, one FIX version at a time: Logon, a limit order and its fill,
/// a TestRequest and its Heartbeat, and a clean Logout both ways.
/// </summary>
[Category("Interop")]
[Category("System")]
public class ExecutorRoundTripTests : InteropTest
{
    // The executor fills a limit order at once with one ExecutionReport, no New first. FIX 4.2: ExecTransType 20=0,
    // ExecType 150=2 (Fill); FIX 4.4 and FIX.5.0 (over FIXT.1.1): 150=F (Trade); OrdStatus 39=2 in all.
    [TestCase("FIX.4.2", "2")]
    [TestCase("FIX.4.4", "F")]
    [TestCase("FIXT.1.1", "F")]
    [CancelAfter(30_000)]
    public void Logon_order_fill_test_request_and_logout(string beginString, string fillExecType, CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(
            new QuickFixPeerOptions { BeginString = beginString, DefaultApplVerId = "FIX.5.0" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(
            new InitiatorConfig { Port = peer.Port, BeginString = beginString }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;

        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
        ReceivedMessage logon = initiator.Application.Where(m => m.MsgType == "A").Single();
        logon.Field(8).Should().Be(beginString);
        logon.SeqNum.Should().Be(1);
        logon.Field(49).Should().Be("EXEC");
        logon.Field(56).Should().Be("CLIENT");
        logon.Field(108).Should().Be("30", "the acceptor answers with our HeartBtInt");
        if (beginString == "FIXT.1.1")
        {
            // Our Logon carries DefaultApplVerID FIX.5.0 (1137=7), as the executor needs it to read FIX.5.0 orders.
            peer.WaitForLog("\u00011137=7\u0001", Reply, cancellation);
        }

        initiator.Send(session, "D", Orders.LimitOrder("ORD-1", quantity: 300, price: "12.5"));
        ReceivedMessage fill = initiator.Await(session, m => m.MsgType == "8", Reply, cancellation, "the fill", peer.Describe);
        fill.Field(11).Should().Be("ORD-1", "the ClOrdID is echoed");
        fill.Field(150).Should().Be(fillExecType, fill.Text);
        fill.Field(39).Should().Be("2", fill.Text);
        fill.Field(55).Should().Be("MSFT");
        fill.Field(54).Should().Be("1");
        if (beginString == "FIX.4.2")
        {
            fill.Field(20).Should().Be("0", fill.Text);
        }

        initiator.Send(session, "1", Orders.TestRequest("PING-42"));
        ReceivedMessage heartbeat = initiator.Await(
            session, m => m.MsgType == "0" && m.Field(112) != null, Reply, cancellation, "the Heartbeat answering our TestRequest", peer.Describe);
        heartbeat.Field(112).Should().Be("PING-42");

        ReceivedMessage logout = initiator.LogOut(session, Reply, cancellation, peer.Describe);
        logout.SeqNum.Should().Be(4, "Logon, fill, Heartbeat, then the Logout answering ours");
        peer.WaitForLog("Received logout request", Reply, cancellation);
        session.NextSenderMsgSeqNum.Should().Be(5, "we sent Logon, order, TestRequest, Logout");
        session.NextTargetMsgSeqNum.Should().Be(5);
        initiator.Application.Received.Select(m => m.MsgType).Should().Equal(["A", "8", "0", "5"], initiator.Describe());
        peer.Log.Should().NotContain("35=3", "the executor rejected nothing of ours");
    }
}
