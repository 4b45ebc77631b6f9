using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// What every test of the whole gateway against QuickFIX C++ starts from: a work folder per test (kept when it
/// fails: the peer's log and store, the gateway's log, journal and FIX message logs), the peer, and how long an
/// answer may take. A missing QuickFIX fails the test with <see cref="PeerMissingException"/>: never skipped.
/// </summary>
public abstract class GatewayInteropTest
{
    /// <summary>Logon, an acknowledgement or a fill; generous, the machine is shared.</summary>
    protected static readonly TimeSpan Reply = TimeSpan.FromSeconds(15);

    internal TestWorkspace Workspace { get; private set; } = null!;

    [SetUp]
    public void CreateWorkspace() => Workspace = TestWorkspace.Create();

    [TearDown]
    public void DisposeWorkspace() => Workspace.Dispose();

    internal QuickFixPeer StartPeer(QuickFixPeerOptions options, CancellationToken cancellation) =>
        QuickFixPeer.Start(options, Workspace.Sub("peer"), cancellation);

    internal InteropGateway StartGateway(params InteropVenue[] venues) =>
        InteropGateway.Start(venues, Workspace.Sub("gateway"));

    /// <summary>Logs strategy <paramref name="index"/> in and waits until the gateway reports every venue up.</summary>
    internal static InteropStrategy LogIn(
        InteropGateway gateway, QuickFixPeer peer, int index, CancellationToken cancellation, params int[] venues)
    {
        var strategy = InteropStrategy.LogIn(gateway, index, () => gateway.Describe() + Environment.NewLine + peer.Describe());
        try
        {
            foreach (var venue in venues)
            {
                strategy.WaitForVenueUp(venue, Reply, cancellation);
            }

            return strategy;
        }
        catch
        {
            strategy.Dispose();
            throw;
        }
    }
}
