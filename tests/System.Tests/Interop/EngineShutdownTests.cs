using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// The engine on its own thread (FixEngine.Start), in this process: the application trades from its callbacks on
/// the engine thread, and disposing the engine logs out cleanly (Logout both ways) before closing the socket.
/// </summary>
[Category("Interop")]
[Category("System")]
public class EngineShutdownTests : InteropTest
{
    [Test]
    [CancelAfter(30_000)]
    public void A_threaded_engine_trades_from_its_callbacks_and_logs_out_when_disposed(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        string directory = Workspace.Sub("initiator");
        string configPath = new InitiatorConfig { Port = peer.Port }.WriteTo(directory);
        var errors = new List<Exception>();
        var application = new InteropApplication
        {
            LoggedOn = session =>
            {
                var order = new TextBody(Orders.LimitOrder("THREADED-1"));
                session.TrySend("D"u8, ref order).Should().Be(FixSendStatus.Sent);
            },
        };

        var options = new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Load(configPath),
            Application = application,
            BaseDirectory = directory,
            OnError = error =>
            {
                lock (errors)
                {
                    errors.Add(error);
                }
            },
        };

        using (FixEngine.Start(options))
        {
            Wait.Until(
                () => application.Has(m => m.MsgType == "8" && m.Field(11) == "THREADED-1"),
                Reply,
                cancellation,
                "the fill of the order sent from OnLogon",
                () => application.Describe() + peer.Describe());
        }

        // Dispose sent our Logout and waited for the venue's.
        application.Received.Select(m => m.MsgType).Should().Equal(["A", "8", "5"], application.Describe());
        PeerLog.WaitForIncoming(peer, all => all.Any(m => m.MsgType == "5"), Reply, cancellation, "our Logout")
            .Select(m => m.MsgType).Should().Equal(["A", "D", "5"], peer.Describe());
        peer.WaitForLog("Received logout request", Reply, cancellation);
        errors.Should().BeEmpty();
    }
}
